(function () {
  'use strict';
  var form = document.getElementById('filters');
  var query = document.getElementById('q');
  var label = document.getElementById('label');
  var org = document.getElementById('org');
  var count = document.getElementById('count');
  var none = document.getElementById('none');
  var cards = Array.prototype.slice.call(document.querySelectorAll('.card'));
  var groups = Array.prototype.slice.call(document.querySelectorAll('.group'));

  function fold(s) {
    return s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/\s+/g, ' ').trim();
  }
  function has(tokens, token) {
    return token === '' || (' ' + tokens + ' ').indexOf(' ' + token + ' ') >= 0;
  }
  function update() {
    var words = fold(query.value).split(' ').filter(function (w) { return w !== ''; });
    var shown = 0;
    cards.forEach(function (card) {
      var text = card.getAttribute('data-search') || '';
      var match = has(card.getAttribute('data-labels') || '', label ? label.value : '')
          && has(card.getAttribute('data-orgs') || '', org ? org.value : '')
          && words.every(function (w) { return text.indexOf(w) >= 0; });
      card.hidden = !match;
      if (match) {
        shown++;
      }
    });
    groups.forEach(function (group) {
      group.hidden = group.querySelector('.card:not([hidden])') === null;
    });
    count.textContent = shown + ' of ' + cards.length + (cards.length === 1 ? ' talk' : ' talks');
    none.hidden = shown !== 0;
  }
  function hideIfBroken(img) {
    img.classList.add('broken');
  }
  Array.prototype.forEach.call(document.querySelectorAll('.thumb img'), function (img) {
    if (img.complete && img.naturalWidth === 0) {
      hideIfBroken(img);
    } else {
      img.addEventListener('error', function () { hideIfBroken(img); });
    }
  });
  form.addEventListener('input', update);
  form.addEventListener('change', update);
  form.addEventListener('submit', function (e) { e.preventDefault(); });
  form.addEventListener('reset', function () { setTimeout(update, 0); });
  form.hidden = false;
  update();
})();

package io.github.talkcatalog.model;

import java.lang.Character.UnicodeScript;
import java.text.Normalizer;
import java.util.Locale;

/**
 * The one rule that turns a name or a title into an id (speaker, organization and talk ids).
 *
 * <p>The rule: decompose the text (Unicode NFD); drop the combining marks that follow a Latin or
 * Greek letter, accents there ({@code é} → {@code e}, {@code ñ} → {@code n}, {@code ά} →
 * {@code α}); keep every other mark with its letter, where it makes another letter or a syllable
 * (Cyrillic {@code й} stays {@code й}, Devanagari vowel signs stay); lower-case
 * ({@link Locale#ROOT}); turn every run of characters that are neither letters, digits nor kept
 * marks into one {@code '-'}; drop {@code '-'} at both ends; recompose (NFC). Letters of every
 * script are kept. A text with no letter or digit gives the fallback. When a maximum length is
 * given, a longer id is cut at the last {@code '-'} within that length (or at the length when
 * there is none).
 */
final class Slug {

  private Slug() {}

  /**
   * The id of {@code text} by the rule of the class comment.
   *
   * @param text any text
   * @param fallback the id for a text without letters or digits
   * @param maxLength the largest id length in UTF-16 chars, or 0 for no limit
   * @return the id, never empty
   */
  static String of(String text, String fallback, int maxLength) {
    String d = Normalizer.normalize(text, Normalizer.Form.NFD);
    StringBuilder b = new StringBuilder(d.length());
    boolean gap = false;
    UnicodeScript base = null; // script of the last kept letter or digit; null after a gap
    for (int i = 0; i < d.length(); ) {
      int cp = d.codePointAt(i);
      i += Character.charCount(cp);
      int type = Character.getType(cp);
      if (type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
          || type == Character.ENCLOSING_MARK) {
        if (base != null && base != UnicodeScript.LATIN && base != UnicodeScript.GREEK && !gap) {
          b.appendCodePoint(cp);
        }
        continue;
      }
      if (Character.isLetterOrDigit(cp)) {
        if (gap && b.length() > 0) {
          b.append('-');
        }
        gap = false;
        base = UnicodeScript.of(cp);
        b.appendCodePoint(cp);
      } else {
        gap = true;
        base = null;
      }
    }
    if (b.length() == 0) {
      return fallback;
    }
    String id = Normalizer.normalize(b.toString().toLowerCase(Locale.ROOT), Normalizer.Form.NFC);
    if (maxLength > 0 && id.length() > maxLength) {
      int cut = id.lastIndexOf('-', maxLength);
      int end = cut > 0 ? cut : maxLength;
      if (Character.isHighSurrogate(id.charAt(end - 1))) {
        end--;
      }
      id = id.substring(0, end);
    }
    return id;
  }
}

package io.github.talkcatalog;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.talkcatalog.model.Affiliation;
import io.github.talkcatalog.model.Catalog;
import io.github.talkcatalog.model.Image;
import io.github.talkcatalog.model.Link;
import io.github.talkcatalog.model.Speaker;
import io.github.talkcatalog.model.Talk;
import io.github.talkcatalog.model.Video;
import org.jsoup.Jsoup;
import org.jsoup.internal.StringUtil;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Whatever text and URLs a catalog holds, its page has only the page's own script, no event
 * handler attribute, no element the page does not make, only web links, and shows each text as
 * written.
 */
class CatalogHtmlFuzzTest {

  private static final String SCRIPT = Jsoup.parse(CatalogHtml.builder().build()
      .write(Catalog.builder().title("t").build())).selectFirst("script").data();

  @FuzzTest(maxDuration = "30s")
  void catalogTextNeverBecomesMarkup(FuzzedDataProvider data) {
    String title = text(data);
    String name = nonBlank(text(data));
    String organization = nonBlank(text(data));
    String label = text(data);
    String summary = text(data);
    String url = data.consumeString(60);
    Talk talk = Talk.builder().position(1).heading(title).title(title)
        .addLabels(label)
        .addSpeakers(Speaker.of(name, Affiliation.ofOrganization(organization)))
        .video(Video.other(url))
        .addLinks(Link.of(text(data), data.consumeString(60)))
        .image(Image.of(data.consumeString(60), text(data)))
        .summary(summary)
        .build();
    Catalog catalog = Catalog.builder().title(text(data)).description(text(data)).addTalks(talk).build();

    String html = CatalogHtml.builder().imageFolder(java.nio.file.Path.of(".")).build().write(catalog);
    Document page = Jsoup.parse(html);

    assertThat(page.select("script")).hasSize(1);
    assertThat(page.selectFirst("script").data()).isEqualTo(SCRIPT);
    assertThat(page.select("li.card")).hasSize(1);
    assertThat(page.select("iframe, object, embed, frame, base, link, svg, math, form form")).isEmpty();
    for (Element e : page.getAllElements()) {
      for (Attribute a : e.attributes()) {
        assertThat(a.getKey()).doesNotStartWith("on");
      }
    }
    assertThat(page.select("[href]").eachAttr("href"))
        .allMatch(h -> h.equals("#talks") || h.startsWith("https://") || h.startsWith("http://"));
    Element card = page.selectFirst("li.card");
    assertThat(card.selectFirst("h2").text()).isEqualTo(shown(title));
    assertThat(card.selectFirst(".badges li").text()).isEqualTo(shown(label));
    if (shown(summary).isEmpty()) {
      assertThat(card.select(".summary")).isEmpty();
    } else {
      assertThat(card.selectFirst(".summary").text()).isEqualTo(shown(summary));
    }
  }

  /** Text without control characters or surrogates (noncharacters such as U+FFFF stay in). */
  private static String text(FuzzedDataProvider data) {
    StringBuilder b = new StringBuilder();
    for (char c : data.consumeString(40).toCharArray()) {
      if (!Character.isISOControl(c) && !Character.isSurrogate(c)) {
        b.append(c);
      }
    }
    return b.toString();
  }

  private static String nonBlank(String s) {
    return s.isBlank() ? "x" + s : s;
  }

  /**
   * How a text reads back through jsoup's {@code text()}: noncharacters as U+FFFD (the page
   * replaces them), white space runs as one space, trimmed.
   */
  private static String shown(String s) {
    StringBuilder b = new StringBuilder();
    for (char c : s.toCharArray()) {
      b.append(c == '\uFFFE' || c == '\uFFFF' || c >= '\uFDD0' && c <= '\uFDEF' ? '\uFFFD' : c);
    }
    return StringUtil.normaliseWhitespace(b.toString()).strip();
  }
}

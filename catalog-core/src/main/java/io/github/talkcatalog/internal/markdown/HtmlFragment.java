package io.github.talkcatalog.internal.markdown;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.parser.Parser;

/**
 * Reads HTML inside Markdown with jsoup, the only place besides flexmark's adapter that parses
 * markup: the URLs of an HTML block ({@code src} and {@code href}, entities decoded) and one
 * attribute of an inline tag.
 */
final class HtmlFragment {

  private HtmlFragment() {}

  /**
   * The {@code src} and {@code href} URLs of a piece of HTML, in document order.
   *
   * @param html the HTML
   * @return the URLs, never null
   */
  static List<String> urls(String html) {
    List<String> urls = new ArrayList<>();
    for (Element e : Jsoup.parseBodyFragment(html).body().getAllElements()) {
      for (String name : List.of("src", "href")) {
        String v = e.attr(name).strip();
        if (!v.isEmpty()) {
          urls.add(v);
        }
      }
    }
    return urls;
  }

  /**
   * One attribute of the first element of an HTML tag ({@code <a href="u" target="_blank">}).
   *
   * @param tag the tag as written, possibly unclosed
   * @param name the attribute name
   * @return the attribute's value, entities decoded; null when absent
   */
  static String attribute(String tag, String name) {
    List<Node> nodes = Parser.parseXmlFragment(tag, "");
    for (Node n : nodes) {
      if (n instanceof Element e) {
        return e.hasAttr(name) ? e.attr(name).strip() : null;
      }
    }
    return null;
  }
}

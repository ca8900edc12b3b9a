package io.github.talkcatalog.internal.layout;

import java.util.Locale;

/**
 * Turns a fragment of HTML list markup into inline Markdown: {@code <a href="u">t</a>} becomes
 * {@code [t](u)}, {@code <strong>}/{@code <b>} become {@code **}, every other tag is dropped.
 * Entities are left for the Markdown reader. One pass, linear in the fragment's length.
 */
final class HtmlText {

  private HtmlText() {}

  static String toMarkdown(String html) {
    StringBuilder out = new StringBuilder();
    String href = null;
    int i = 0;
    while (i < html.length()) {
      char c = html.charAt(i);
      if (c != '<') {
        out.append(c == '\n' || c == '\t' ? ' ' : c);
        i++;
        continue;
      }
      int end = html.indexOf('>', i);
      if (end < 0) {
        out.append(html, i, html.length());
        break;
      }
      String tag = html.substring(i + 1, end).strip();
      String lower = tag.toLowerCase(Locale.ROOT);
      String name = lower.startsWith("/") ? lower.substring(1) : lower;
      int space = name.indexOf(' ');
      name = space < 0 ? name : name.substring(0, space);
      boolean closing = lower.startsWith("/");
      if (name.equals("a")) {
        if (!closing) {
          href = attribute(tag, "href");
          if (href != null) {
            out.append('[');
          }
        } else if (href != null) {
          out.append("](").append(href.replace(" ", "%20").replace(")", "%29")).append(')');
          href = null;
        }
      } else if (name.equals("strong") || name.equals("b")) {
        out.append("**");
      } else if (name.equals("br")) {
        out.append(' ');
      }
      i = end + 1;
    }
    if (href != null) {
      out.append("](").append(href).append(')');
    }
    return out.toString().strip();
  }

  private static String attribute(String tag, String name) {
    String lower = tag.toLowerCase(Locale.ROOT);
    int at = lower.indexOf(name + "=");
    if (at < 0) {
      return null;
    }
    int start = at + name.length() + 1;
    if (start >= tag.length()) {
      return null;
    }
    char q = tag.charAt(start);
    int end;
    if (q == '"' || q == '\'') {
      start++;
      end = tag.indexOf(q, start);
      if (end < 0) {
        end = tag.length();
      }
    } else {
      end = start;
      while (end < tag.length() && !Character.isWhitespace(tag.charAt(end))) {
        end++;
      }
    }
    return tag.substring(start, end).replace("&amp;", "&");
  }
}

package io.github.talkcatalog.internal.markdown;

import java.util.Locale;

/**
 * Site-generator video embeds rewritten as the bare video URL a person sees in them, before the
 * Markdown is parsed: Hugo shortcodes ({@code {{< youtube ID >}}}, {@code {{<youtube id="ID">}}},
 * {@code {{% vimeo ID %}}}) and MDX components named after YouTube ({@code <YouTube id="ID" />},
 * {@code <YoutubeEmbed videoId="ID"/>}) without a {@code src}. The rewrite stays on the embed's line,
 * so line numbers are unchanged. One pass, linear in the text.
 */
final class Embeds {

  /** Longest embed read, in characters; a longer one is left as text. */
  private static final int MAX_EMBED = 400;

  private Embeds() {}

  /**
   * Whether {@code text} may hold an embed (a cheap test before {@link #rewrite}).
   *
   * @param text Markdown
   * @return false when it surely holds none
   */
  static boolean mayHold(String text) {
    return text.indexOf("{{") >= 0 || text.indexOf("<Y") >= 0 || text.indexOf("<y") >= 0;
  }

  /**
   * Rewrites each embed in {@code text} as its video URL.
   *
   * @param text Markdown
   * @return the text with embeds replaced; the same instance when there were none
   */
  static String rewrite(String text) {
    if (!mayHold(text)) {
      return text;
    }
    StringBuilder out = null;
    int copied = 0;
    int i = 0;
    while (i < text.length()) {
      char c = text.charAt(i);
      int end = -1;
      String url = null;
      if (c == '{' && text.startsWith("{{", i) && i + 2 < text.length()
          && (text.charAt(i + 2) == '<' || text.charAt(i + 2) == '%')) {
        char kind = text.charAt(i + 2);
        int close = indexWithin(text, kind == '<' ? ">}}" : "%}}", i + 3);
        if (close > 0) {
          url = shortcode(text.substring(i + 3, close));
          end = close + 3;
        }
      } else if (c == '<' && i + 1 < text.length() && (text.charAt(i + 1) == 'Y' || text.charAt(i + 1) == 'y')) {
        int close = indexWithin(text, ">", i + 1);
        if (close > 0) {
          url = component(text.substring(i + 1, close));
          end = close + 1;
        }
      }
      if (url == null) {
        i++;
        continue;
      }
      if (out == null) {
        out = new StringBuilder(text.length());
      }
      out.append(text, copied, i).append(' ').append(url).append(' ');
      copied = end;
      i = end;
    }
    if (out == null) {
      return text;
    }
    return out.append(text, copied, text.length()).toString();
  }

  private static int indexWithin(String text, String what, int from) {
    int at = text.indexOf(what, from);
    if (at < 0 || at - from > MAX_EMBED) {
      return -1;
    }
    int newline = text.indexOf('\n', from);
    return newline >= 0 && newline < at ? -1 : at;
  }

  /** A shortcode's body ({@code youtube id="X" autoplay="false"}) → the URL, or null. */
  private static String shortcode(String body) {
    String[] tokens = body.strip().split("\\s+");
    if (tokens.length < 2) {
      return null;
    }
    String name = tokens[0].toLowerCase(Locale.ROOT);
    String id = null;
    for (int k = 1; k < tokens.length && id == null; k++) {
      String t = tokens[k];
      int eq = t.indexOf('=');
      if (eq < 0) {
        id = unquote(t);
      } else if (t.substring(0, eq).equalsIgnoreCase("id")) {
        id = unquote(t.substring(eq + 1));
      }
    }
    return url(name, id);
  }

  /** An MDX component's tag without the brackets ({@code YouTube id="X" /}) → the URL, or null. */
  private static String component(String tag) {
    int space = 0;
    while (space < tag.length() && Character.isLetterOrDigit(tag.charAt(space))) {
      space++;
    }
    String name = tag.substring(0, space).toLowerCase(Locale.ROOT);
    if (!name.startsWith("youtube") || name.equals("youtube") && tag.length() == space) {
      return null;
    }
    String lower = tag.toLowerCase(Locale.ROOT);
    if (lower.contains("src=") || lower.contains("href=")) {
      return null; // an embed URL the HTML reader finds
    }
    String id = attribute(tag, "videoid");
    if (id == null) {
      id = attribute(tag, "id");
    }
    return url("youtube", id);
  }

  private static String attribute(String tag, String name) {
    String lower = tag.toLowerCase(Locale.ROOT);
    int at = 0;
    while ((at = lower.indexOf(name + "=", at)) >= 0) {
      if (at > 0 && Character.isWhitespace(lower.charAt(at - 1))) {
        int start = at + name.length() + 1;
        int end = start;
        if (start < tag.length() && (tag.charAt(start) == '"' || tag.charAt(start) == '\'' || tag.charAt(start) == '{')) {
          char q = tag.charAt(start) == '{' ? '}' : tag.charAt(start);
          end = tag.indexOf(q, start + 1);
          return end < 0 ? null : unquote(tag.substring(start + 1, end));
        }
        while (end < tag.length() && !Character.isWhitespace(tag.charAt(end)) && tag.charAt(end) != '/') {
          end++;
        }
        return tag.substring(start, end);
      }
      at++;
    }
    return null;
  }

  private static String unquote(String s) {
    String t = s.strip();
    while (t.length() >= 1 && "\"'{}".indexOf(t.charAt(0)) >= 0) {
      t = t.substring(1);
    }
    while (t.length() >= 1 && "\"'{}".indexOf(t.charAt(t.length() - 1)) >= 0) {
      t = t.substring(0, t.length() - 1);
    }
    return t;
  }

  private static String url(String name, String id) {
    if (id == null || id.isEmpty() || id.length() > 64) {
      return null;
    }
    for (int i = 0; i < id.length(); i++) {
      char c = id.charAt(i);
      if (!(Character.isLetterOrDigit(c) && c < 128 || c == '-' || c == '_')) {
        return null;
      }
    }
    if (name.equals("youtube")) {
      return id.length() == 11 ? "https://www.youtube.com/watch?v=" + id : null;
    }
    if (name.equals("vimeo")) {
      return "https://vimeo.com/" + id;
    }
    return null;
  }
}

package io.github.talkcatalog.internal.write;

import java.util.Optional;

/**
 * Escapes plain text so that the parser's Markdown reader (CommonMark plus bare-URL autolinks)
 * reads it back as the same text.
 *
 * <p>Escaped everywhere: {@code \ ` * _ [ < #} and an {@code &} that could start an entity. The
 * {@code :} of {@code ://} and the dot of {@code www.x} are written as character references
 * ({@code &#58;}, {@code &#46;}): the autolink extension ignores backslash escapes, and a bare URL in
 * text would otherwise read back as a link.
 * {@code ]} is escaped only inside link text: elsewhere every {@code [} is escaped, so no link can
 * close there, and an unescaped {@code ]} keeps a summary's last character as written. At the start
 * of a line, what would open a block is escaped as well: a list marker ({@code - + 1. 1)}), a
 * block quote ({@code >}) or a tilde fence. Runs in linear time.
 */
public final class MarkdownEscaper {

  private MarkdownEscaper() {}

  /** Where escaped text goes. */
  public enum Place {
    /**
     * At the start of a paragraph line or of a heading's text: block markers are escaped too (the
     * parser reads a heading's text as a small document of its own).
     */
    LINE_START,
    /** After other text on a line. */
    INLINE,
    /** Inside the brackets of a link or an image: {@code ]} is escaped too. */
    LINK_TEXT
  }

  /**
   * Escapes {@code text} for {@code place}.
   *
   * @param text plain text
   * @param place where the text goes
   * @return Markdown that reads back as {@code text}
   */
  public static String escape(String text, Place place) {
    StringBuilder b = new StringBuilder(text.length() + 8);
    int start = 0;
    if (place == Place.LINE_START && !text.isEmpty()) {
      start = escapeBlockStart(text, b);
    }
    for (int i = start; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '\\', '`', '*', '_', '[', '<', '#' -> b.append('\\').append(c);
        case ']' -> {
          if (place == Place.LINK_TEXT) {
            b.append('\\');
          }
          b.append(c);
        }
        case '&' -> {
          if (i + 1 < text.length() && (Character.isLetter(text.charAt(i + 1)) || text.charAt(i + 1) == '#')) {
            b.append('\\');
          }
          b.append(c);
        }
        case ':' -> b.append(text.startsWith("//", i + 1) ? "&#58;" : ":");
        case '.' -> {
          boolean www = i >= 3 && text.regionMatches(true, i - 3, "www", 0, 3)
              && i + 1 < text.length() && Character.isLetterOrDigit(text.charAt(i + 1));
          b.append(www ? "&#46;" : ".");
        }
        default -> b.append(c);
      }
    }
    return b.toString();
  }

  /** Escapes a block marker at the start of {@code text}; returns how many characters it wrote. */
  private static int escapeBlockStart(String text, StringBuilder b) {
    char c = text.charAt(0);
    if (c == '-' || c == '+' || c == '>' || c == '~' || c == '=') {
      b.append('\\').append(c);
      return 1;
    }
    int digits = 0;
    while (digits < text.length() && digits < 10 && Character.isDigit(text.charAt(digits))) {
      digits++;
    }
    if (digits > 0 && digits < text.length() && (text.charAt(digits) == '.' || text.charAt(digits) == ')')) {
      b.append(text, 0, digits).append('\\').append(text.charAt(digits));
      return digits + 1;
    }
    return 0;
  }

  /**
   * Writes a link destination with {@code \\ ( ) < &} escaped. The parser's flexmark settings read
   * no white space in a destination, not even between angle brackets, so a destination with white
   * space does not read back (the writer reports it).
   *
   * @param url the destination
   * @return the destination as Markdown, between the parentheses of {@code [text](...)}
   */
  public static String destination(String url) {
    StringBuilder b = new StringBuilder(url.length() + 8);
    for (int i = 0; i < url.length(); i++) {
      char c = url.charAt(i);
      if ("\\()<&".indexOf(c) >= 0) {
        b.append('\\');
      }
      b.append(c);
    }
    return b.toString();
  }

  /**
   * Writes {@code url} so that the autolink rules read it back whole as a link without text: bare
   * ({@code https://...}, the seed's form) when it starts with {@code http(s)://}, has only
   * characters that never end or change an autolink and at most one {@code _} (two could pair as
   * emphasis and cut the URL); otherwise in angle brackets ({@code <...>}), when it has a scheme and
   * none of white space, {@code < > \\ &}.
   *
   * @param url a URL
   * @return the URL as an autolink, or empty when it can be written only as a link destination
   */
  public static Optional<String> autolink(String url) {
    if (isSafeBare(url)) {
      return Optional.of(url);
    }
    int colon = url.indexOf(':');
    boolean scheme = colon >= 2 && colon <= 32 && Character.isLetter(url.charAt(0));
    for (int i = 1; i < colon && scheme; i++) {
      char c = url.charAt(i);
      scheme = Character.isLetterOrDigit(c) && c < 128 || c == '+' || c == '.' || c == '-';
    }
    for (int i = 0; i < url.length() && scheme; i++) {
      char c = url.charAt(i);
      scheme = c > ' ' && c != 0x7f && "<>\\&".indexOf(c) < 0 && !Character.isWhitespace(c)
          && !Character.isISOControl(c);
    }
    return scheme ? Optional.of("<" + url + ">") : Optional.empty();
  }

  private static boolean isSafeBare(String url) {
    if (!(url.startsWith("https://") || url.startsWith("http://")) || url.length() < 12) {
      return false;
    }
    int underscores = 0;
    for (int i = 0; i < url.length(); i++) {
      char c = url.charAt(i);
      boolean ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
          || "-._~:/?#@=%+&".indexOf(c) >= 0;
      if (!ok) {
        return false;
      }
      if (c == '_') {
        underscores++;
      }
    }
    char last = url.charAt(url.length() - 1);
    return underscores <= 1 && (Character.isLetterOrDigit(last) || last == '/' || last == '=');
  }
}

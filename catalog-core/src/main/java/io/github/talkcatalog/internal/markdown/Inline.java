package io.github.talkcatalog.internal.markdown;

import java.util.List;

/**
 * The plain text and the links of a piece of inline Markdown (a paragraph, a heading, a list item).
 *
 * @param text the text with markup resolved, white space collapsed, trimmed, NFC
 * @param links links and images in document order
 * @param line 1-based source line where the piece starts
 * @param column 1-based source column where the piece starts
 */
public record Inline(String text, List<InlineLink> links, int line, int column) {

  /** Copies the list. */
  public Inline {
    links = List.copyOf(links);
  }

  /**
   * Takes pieces (link texts, bare URLs) out of a text, each where it stands: a piece is looked for
   * after the end of the previous piece found, since links come in document order, and replaced by
   * {@code replacement}; a piece that is empty or not found there is skipped. One pass over the
   * text, where a replace per link costs time quadratic in a paragraph of many links.
   *
   * @param text the text, such as {@link #text()}
   * @param pieces the pieces in document order
   * @param replacement what stands in for each piece taken out, such as {@code " "} or {@code ""}
   * @param parenthesized whether a piece written in parentheses ({@code "(URL)"}) loses them too
   * @return the text without the pieces found; {@code text} itself when none was found
   */
  public static String without(String text, List<String> pieces, String replacement, boolean parenthesized) {
    StringBuilder b = null;
    int from = 0;
    for (String piece : pieces) {
      int at = piece.isEmpty() ? -1 : text.indexOf(piece, from);
      if (at < 0) {
        continue;
      }
      int start = at;
      int end = at + piece.length();
      if (parenthesized && start > from && end < text.length()
          && text.charAt(start - 1) == '(' && text.charAt(end) == ')') {
        start--;
        end++;
      }
      if (b == null) {
        b = new StringBuilder(text.length());
      }
      b.append(text, from, start).append(replacement);
      from = end;
    }
    return b == null ? text : b.append(text, from, text.length()).toString();
  }

  /** Whether the piece holds nothing but images and white space. */
  public boolean onlyImages() {
    return text.isEmpty() && !links.isEmpty() && links.stream().allMatch(InlineLink::image);
  }
}

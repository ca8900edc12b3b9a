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

  /** Whether the piece holds nothing but images and white space. */
  public boolean onlyImages() {
    return text.isEmpty() && !links.isEmpty() && links.stream().allMatch(InlineLink::image);
  }
}

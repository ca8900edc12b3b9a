package io.github.talkcatalog.internal.markdown;

import java.util.List;

/** A top-level block of a section, reduced to what the layout readers need. */
public sealed interface Block {

  /** 1-based source line where the block starts. */
  int line();

  /** A heading (the section's own, or a sub-heading such as {@code ## Description}). */
  record HeadingBlock(int level, Inline inline) implements Block {
    @Override
    public int line() {
      return inline.line();
    }
  }

  /** A paragraph. */
  record Paragraph(Inline inline) implements Block {
    @Override
    public int line() {
      return inline.line();
    }
  }

  /**
   * A bullet or ordered list item's own text (its first paragraph), with nested items flattened
   * after it.
   *
   * @param ordered whether the item belongs to an ordered list
   * @param number the item's number for an ordered list, else 0
   * @param depth 0 for a top-level item, 1 for an item nested in it, ...
   */
  record ListItem(boolean ordered, int number, int depth, Inline inline) implements Block {
    @Override
    public int line() {
      return inline.line();
    }
  }

  /** An HTML block, with the {@code src}/{@code href} URLs found in it. */
  record Html(String html, List<String> urls, int line) implements Block {

    /** Whether the block holds text of four words or more, not only tags (a wrapper such as {@code <details>}) or a caption. */
    public boolean prose() {
      String text = org.jsoup.Jsoup.parseBodyFragment(html).text().strip();
      return !text.isEmpty() && text.split("\\s+").length >= 4;
    }
  }

  /** Anything else (code, a thematic break, a block quote, a table) kept as plain text. */
  record Other(String kind, String text, int line) implements Block {}
}

package io.github.talkcatalog.internal.markdown;

/**
 * Attribute syntax at the end of an inline text, which names no part of a title: a kramdown
 * attribute list ({@code {: .talk}}, {@code {: width="150"}}), a heading id ({@code {#queues}}), a
 * class ({@code {.talk}}) or an MDX heading id ({@code {/*queues*}{@code /}}). Pure, linear, no
 * regular expressions.
 */
final class AttributeLists {

  private AttributeLists() {}

  /**
   * The text without a trailing attribute list and the white space before it.
   *
   * @param markdown inline Markdown
   * @return the text as given when it ends in no attribute list
   */
  static String withoutTrailing(String markdown) {
    String t = markdown.stripTrailing();
    if (!t.endsWith("}")) {
      return markdown;
    }
    int open = t.lastIndexOf('{');
    if (open < 0) {
      return markdown;
    }
    String inner = t.substring(open + 1, t.length() - 1);
    boolean attributes = inner.startsWith(":")
        || (inner.startsWith("#") || inner.startsWith(".")) && inner.length() > 1 && inner.indexOf(' ') < 0
        || inner.startsWith("/*") && inner.endsWith("*/");
    return attributes ? t.substring(0, open).stripTrailing() : markdown;
  }
}

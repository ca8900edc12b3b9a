package io.github.talkcatalog.internal.markdown;

/**
 * A link or image found in inline Markdown.
 *
 * @param text the link text as plain text, or an image's alt text
 * @param url the destination as written (entities and escapes resolved)
 * @param image whether this is an image ({@code ![alt](src)})
 * @param bare whether the link was a bare URL or an {@code <autolink>}, with no text of its own
 * @param insideLink for an image: whether it is the content of a link (a clickable thumbnail)
 * @param line 1-based source line
 * @param column 1-based source column
 */
public record InlineLink(String text, String url, boolean image, boolean bare, boolean insideLink, int line, int column) {}

package io.github.talkcatalog.internal.lines;

/**
 * A heading line found by the line-level pass.
 *
 * @param level 1 to 6
 * @param line 1-based line of the heading text
 * @param column 1-based column where the heading text starts
 * @param lastLine 1-based last line of the heading (the underline of a setext heading)
 * @param rawText the heading's Markdown source text without the {@code #} marks
 * @param withoutSpace whether an ATX heading was written without a space after its {@code #}s
 */
public record Heading(int level, int line, int column, int lastLine, String rawText, boolean withoutSpace) {}

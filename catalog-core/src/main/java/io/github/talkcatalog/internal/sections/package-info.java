/**
 * The source stage's guards, run before any layout reading: {@link
 * io.github.talkcatalog.internal.sections.InputLimits} (input size, decoding, line length, the
 * talks and diagnostics kept; it builds the document's one
 * {@link io.github.talkcatalog.internal.lines.LineMap} and hands it on) and the nesting guard, which
 * bounds block and inline nesting before flexmark reads a document, asking the line map where
 * fenced code is. Internal.
 */
package io.github.talkcatalog.internal.sections;

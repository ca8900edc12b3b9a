/**
 * The nesting guard: bounds block and inline nesting before flexmark reads a document, asking the
 * {@link io.github.talkcatalog.internal.lines.LineMap} where fenced code is. Internal.
 */
package io.github.talkcatalog.internal.sections;

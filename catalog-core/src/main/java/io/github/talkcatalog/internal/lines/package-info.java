/**
 * The line map: one CommonMark-faithful pass that classifies each line of a document once (blank,
 * fence, code, HTML block, comment, front matter, heading, list item, text) and finds its headings.
 * Every line-level decision of the later stages asks it. No Markdown parser. Internal.
 */
package io.github.talkcatalog.internal.lines;

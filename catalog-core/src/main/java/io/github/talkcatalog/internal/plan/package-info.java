/**
 * The layout planner: from the {@link io.github.talkcatalog.internal.lines.LineMap} and the evidence
 * each heading's body carries, decides what every part of a document is — the title, the
 * introduction, and a list of regions (a talk under its own heading, entries under a heading, a
 * grouping heading, an ignored heading) — before any region is read. No Markdown parser. Internal.
 */
package io.github.talkcatalog.internal.plan;

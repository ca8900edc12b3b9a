/**
 * The Markdown writer's machinery: escaping plain text so that flexmark reads it back unchanged,
 * rendering a catalog in layout L1, and comparing a catalog with what its Markdown reads back as.
 * Not API.
 */
package io.github.talkcatalog.internal.write;

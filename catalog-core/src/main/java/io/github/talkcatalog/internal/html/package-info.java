/**
 * The HTML page of a catalog ({@link io.github.talkcatalog.CatalogHtml}): a jsoup DOM built node by
 * node, so that every text and attribute from the catalog is escaped by jsoup, never by string
 * concatenation; the page's own style sheet and script (resources next to these classes) with the
 * Content Security Policy that allows only them; and the catalog images inlined as {@code data:}
 * URIs. Not API.
 */
package io.github.talkcatalog.internal.html;

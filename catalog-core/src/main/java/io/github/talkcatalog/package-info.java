/**
 * Entry points: {@link io.github.talkcatalog.CatalogParser} reads Markdown talk catalogs into the
 * model of {@link io.github.talkcatalog.model}, returning a {@link io.github.talkcatalog.ParseResult}
 * with {@link io.github.talkcatalog.Diagnostic}s.
 */
package io.github.talkcatalog;

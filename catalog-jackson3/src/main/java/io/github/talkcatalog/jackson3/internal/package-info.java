/**
 * Machinery of the Jackson module: one serializer and one deserializer per model type, the shared
 * object-reading base and the JSON path used in error messages.
 *
 * <p><b>Nothing in this package is API.</b> Its classes are public only so that
 * {@link io.github.talkcatalog.jackson3.CatalogModule} can wire them; they may change or disappear in
 * any release. Use {@link io.github.talkcatalog.jackson3.CatalogModule} and
 * {@link io.github.talkcatalog.jackson3.CatalogJson}.
 */
package io.github.talkcatalog.jackson3.internal;

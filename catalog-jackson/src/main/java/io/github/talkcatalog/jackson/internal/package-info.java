/**
 * The Jackson 2 adapter of the one catalog JSON mapping ({@code io.github.talkcatalog.internal.json}
 * in catalog-core): a serializer and a deserializer that run a mapping over Jackson 2's generator,
 * parser and deserialization context, and their wiring.
 *
 * <p><b>Nothing in this package is API.</b> Its classes are public only so that
 * {@link io.github.talkcatalog.jackson.CatalogModule} can wire them; they may change or disappear in
 * any release. Use {@link io.github.talkcatalog.jackson.CatalogModule} and
 * {@link io.github.talkcatalog.jackson.CatalogJson}.
 */
package io.github.talkcatalog.jackson.internal;

/**
 * Reads and writes the catalog JSON format, version 1 ({@code docs/catalog-json.md}) with Jackson 3.
 *
 * <ul>
 *   <li>{@link io.github.talkcatalog.jackson3.CatalogJson}: the short way, {@code write(catalog)}
 *       and {@code read(json)} with safe parser limits.
 *   <li>{@link io.github.talkcatalog.jackson3.CatalogModule}: the Jackson module, for your own
 *       {@code JsonMapper}; found by {@code JsonMapper.builder().findAndAddModules()}.
 *   <li>{@link io.github.talkcatalog.jackson3.CatalogJsonException}: what {@code CatalogJson} throws
 *       for input that is not a valid catalog document.
 * </ul>
 *
 * <p>The package is {@link org.jspecify.annotations.NullMarked @NullMarked} (JSpecify): a type
 * that is not annotated {@code @Nullable} excludes {@code null}.
 *
 * @since 0.1.0
 */
@NullMarked
package io.github.talkcatalog.jackson3;

import org.jspecify.annotations.NullMarked;

/**
 * Entry points: {@link io.github.talkcatalog.CatalogParser} reads Markdown talk catalogs into the
 * model of {@link io.github.talkcatalog.model}, returning a {@link io.github.talkcatalog.ParseResult}
 * with {@link io.github.talkcatalog.Diagnostic}s.
 *
 * <p>The package is {@link org.jspecify.annotations.NullMarked @NullMarked} (JSpecify): a type
 * that is not annotated {@code @Nullable} excludes {@code null}.
 *
 * @since 0.1.0
 */
@NullMarked
package io.github.talkcatalog;

import org.jspecify.annotations.NullMarked;

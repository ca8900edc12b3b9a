/**
 * Finding talks: {@link io.github.talkcatalog.query.TalkQuery} predicates for
 * {@link io.github.talkcatalog.model.Catalog#filter(java.util.function.Predicate)}, and
 * {@link io.github.talkcatalog.query.CatalogIndex} lookups and counts, built by
 * {@link io.github.talkcatalog.query.CatalogIndex#of(io.github.talkcatalog.model.Catalog)}. The
 * model does not depend on this package.
 *
 * <p>Everything here is immutable and thread-safe, and never returns or accepts {@code null}.
 *
 * <p>The package is {@link org.jspecify.annotations.NullMarked @NullMarked} (JSpecify): a type
 * that is not annotated {@code @Nullable} excludes {@code null}.
 *
 * @since 0.1.0
 */
@NullMarked
package io.github.talkcatalog.query;

import org.jspecify.annotations.NullMarked;

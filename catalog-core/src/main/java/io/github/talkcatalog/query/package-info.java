/**
 * Finding talks: {@link io.github.talkcatalog.query.TalkQuery} predicates for
 * {@link io.github.talkcatalog.model.Catalog#filter(java.util.function.Predicate)}, and
 * {@link io.github.talkcatalog.query.CatalogIndex} lookups and counts, cached per catalog by
 * {@link io.github.talkcatalog.model.Catalog#index()}.
 *
 * <p>Everything here is immutable and thread-safe, and never returns or accepts {@code null}.
 */
package io.github.talkcatalog.query;

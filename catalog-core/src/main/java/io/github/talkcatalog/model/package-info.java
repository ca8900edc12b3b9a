/**
 * The immutable catalog model: {@link io.github.talkcatalog.model.Catalog}, its
 * {@link io.github.talkcatalog.model.Talk}s and their parts.
 *
 * <p>The types mirror the catalog JSON format, version 1 ({@code docs/catalog-json.md}): every
 * optional value is an {@link java.util.Optional} (empty when unknown), every list is present and
 * possibly empty, lists keep document order. All values are immutable and safe to share between
 * threads. No method of this package returns {@code null} or accepts {@code null}; builders throw
 * {@link java.lang.NullPointerException} on a {@code null} argument and
 * {@link java.lang.IllegalStateException} when a required attribute is missing or a structural check
 * fails.
 *
 * <p>The package is {@link org.jspecify.annotations.NullMarked @NullMarked} (JSpecify): a type
 * that is not annotated {@code @Nullable} excludes {@code null}.
 *
 * @since 0.1.0
 */
@NullMarked
@CatalogStyle
package io.github.talkcatalog.model;

import org.jspecify.annotations.NullMarked;

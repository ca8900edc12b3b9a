/**
 * Jackson 3 glue for the catalog JSON mapping that catalog-core defines once
 * ({@code io.github.talkcatalog.internal.json}): a serializer and a deserializer running it over
 * {@code tools.jackson} generators, parsers and contexts.
 *
 * <p><b>Not API:</b> public only for {@link io.github.talkcatalog.jackson3.CatalogModule}, and
 * free to change in any release. Use {@link io.github.talkcatalog.jackson3.CatalogModule} and
 * {@link io.github.talkcatalog.jackson3.CatalogJson}.
 */
package io.github.talkcatalog.jackson3.internal;

/**
 * The catalog JSON format, version 1, with Jackson 3: {@link io.github.talkcatalog.jackson3.CatalogJson}
 * and the Jackson module {@link io.github.talkcatalog.jackson3.CatalogModule}, which
 * {@code JsonMapper.builder().findAndAddModules()} finds through the service below.
 *
 * <p>Only {@code io.github.talkcatalog.jackson3} is exported; its {@code internal} package is not
 * API. {@code io.github.talkcatalog.core} is an automatic module (see README, "Module path").
 */
// Requiring the automatic module io.github.talkcatalog.core is deliberate (see catalog-jackson's
// descriptor); exactly those two lints are suppressed, nothing else.
@SuppressWarnings({"requires-automatic", "requires-transitive-automatic"})
module io.github.talkcatalog.jackson3 {
  requires transitive io.github.talkcatalog.core;
  requires transitive tools.jackson.databind;
  requires static org.jspecify;

  exports io.github.talkcatalog.jackson3;

  provides tools.jackson.databind.JacksonModule with io.github.talkcatalog.jackson3.CatalogModule;
}

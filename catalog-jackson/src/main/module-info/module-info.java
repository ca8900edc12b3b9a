/**
 * The catalog JSON format, version 1, with Jackson 2: {@link io.github.talkcatalog.jackson.CatalogJson}
 * and the Jackson module {@link io.github.talkcatalog.jackson.CatalogModule}, which
 * {@code ObjectMapper.findAndRegisterModules()} finds through the service below.
 *
 * <p>Only {@code io.github.talkcatalog.jackson} is exported; {@code io.github.talkcatalog.jackson.internal}
 * is not API. {@code io.github.talkcatalog.core} is an automatic module (see README, "Module path").
 */
// javac warns when a module requires an automatic module. Here it is deliberate: catalog-core is
// an automatic module with a fixed Automatic-Module-Name (flexmark has no module names to require),
// so exactly those two lints are suppressed, nothing else.
@SuppressWarnings({"requires-automatic", "requires-transitive-automatic"})
module io.github.talkcatalog.jackson {
  requires transitive io.github.talkcatalog.core;
  requires transitive com.fasterxml.jackson.databind;
  requires static org.jspecify;

  exports io.github.talkcatalog.jackson;

  provides com.fasterxml.jackson.databind.Module with io.github.talkcatalog.jackson.CatalogModule;
}

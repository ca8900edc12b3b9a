package io.github.talkcatalog.jackson3;

import io.github.talkcatalog.internal.json.CatalogMapping;
import io.github.talkcatalog.jackson3.internal.Wiring;
import tools.jackson.core.Version;
import tools.jackson.databind.JacksonModule;
import tools.jackson.databind.module.SimpleDeserializers;
import tools.jackson.databind.module.SimpleSerializers;

/**
 * The Jackson 3 module for the catalog JSON format, version 1 ({@code docs/catalog-json.md}): it
 * maps the types of {@code io.github.talkcatalog.model} to and from JSON, writing the same bytes
 * as the Jackson 2 module.
 *
 * <pre>{@code
 * JsonMapper mapper = JsonMapper.builder().addModule(new CatalogModule()).build();
 * Catalog back = mapper.readValue(mapper.writeValueAsString(catalog), Catalog.class);
 * }</pre>
 *
 * <p>What it writes: {@code format} comes first and the other fields follow in the order of the
 * spec; an optional value that is absent is left out rather than written as {@code null}; lists
 * appear even when empty; a talk ends with its {@code line} when that is known; an organization is
 * a plain string, its name.
 *
 * <p>What it reads: fields may come in any order. Problems are reported through Jackson's
 * {@code DeserializationContext}, so a {@code DeserializationProblemHandler} added to the mapper
 * sees them first: it may skip an unknown field or replace a value of the wrong type. Otherwise an
 * unknown field fails with an {@link tools.jackson.databind.exc.UnrecognizedPropertyException},
 * and a missing required field (all missing ones are named together), a repeated field, a
 * {@code null}, a wrong type, a value the model refuses or a {@code format} of another major
 * version fails with a {@link tools.jackson.databind.exc.MismatchedInputException} whose message
 * gives the JSON path, e.g. {@code missing required field "title" at $.talks[1].title}. Built with
 * {@link #withIgnoreUnknownFields(boolean) withIgnoreUnknownFields(true)}, the module skips
 * unknown fields silently. Jackson 3 turns {@code DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES}
 * off by default; this module does not look at it, so a catalog reader is strict unless asked not
 * to be.
 *
 * <p>All the module does is register a serializer and a deserializer for each model type; parser
 * limits and mapper features are left to the caller ({@link CatalogJson} sets them). A module
 * never changes after it is made and may be shared between threads.
 *
 * @since 0.1.0
 */
public final class CatalogModule extends JacksonModule {

  private final boolean ignoreUnknownFields;

  /**
   * Makes a module that rejects unknown fields; {@code JsonMapper.builder().findAndAddModules()}
   * calls this constructor.
   */
  public CatalogModule() {
    this.ignoreUnknownFields = false;
  }

  /** {@return true when unknown fields are skipped; false (the default) when they are rejected} */
  public boolean ignoresUnknownFields() {
    return ignoreUnknownFields;
  }

  @Override
  public void setupModule(SetupContext context) {
    SimpleSerializers serializers = new SimpleSerializers();
    SimpleDeserializers deserializers = new SimpleDeserializers();
    Wiring.register(CatalogMapping.standard(), ignoreUnknownFields, serializers, deserializers);
    context.addSerializers(serializers);
    context.addDeserializers(deserializers);
  }

  @Override
  public Version version() {
    return PackageVersion.VERSION;
  }

  @Override
  public String getModuleName() {
    return "talk-catalog";
  }

  /** One id per setting, so that a mapper can hold a strict and a lenient module side by side. */
  @Override
  public Object getRegistrationId() {
    return ignoreUnknownFields ? CatalogModule.class.getName() + "/ignore-unknown" : CatalogModule.class.getName();
  }

  /**
   * {@return a module that skips unknown fields when {@code ignore} is {@code true}, and rejects
   * them otherwise; this module is left as it is}
   *
   * @param ignore true to skip unknown fields
   */
  public CatalogModule withIgnoreUnknownFields(boolean ignore) {
    return ignore == ignoreUnknownFields ? this : new CatalogModule(ignore);
  }

  private CatalogModule(boolean ignoreUnknownFields) {
    this.ignoreUnknownFields = ignoreUnknownFields;
  }
}

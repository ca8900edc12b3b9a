package io.github.talkcatalog.jackson;

import com.fasterxml.jackson.core.Version;
import com.fasterxml.jackson.databind.Module;
import io.github.talkcatalog.internal.json.CatalogMapping;
import io.github.talkcatalog.jackson.internal.Wiring;

/**
 * A Jackson 2 module that writes and reads the model of {@code io.github.talkcatalog.model} as the
 * catalog JSON format, version 1 ({@code docs/catalog-json.md}).
 *
 * <pre>{@code
 * ObjectMapper mapper = JsonMapper.builder().addModule(new CatalogModule()).build();
 * String json = mapper.writeValueAsString(catalog);
 * Catalog back = mapper.readValue(json, Catalog.class);
 * }</pre>
 *
 * <p>Writing: {@code format} first, fields in spec order, unknown optional values omitted (never
 * {@code null}), lists always written, a talk's {@code line} last when known. An
 * {@link Organization} is written as its name.
 *
 * <p>Reading: fields in any order. An unknown field, a missing required field, a duplicated field,
 * a {@code null}, a value of the wrong type, a value the model rejects, or a {@code format} whose
 * major version is not 1 fails with a {@link com.fasterxml.jackson.databind.exc.MismatchedInputException}
 * whose message names the field and its JSON path, e.g.
 * {@code unknown field "nickname" at $.talks[2].speakers[0].nickname}. Unknown fields are skipped
 * instead when the module is made with {@link #withIgnoreUnknownFields(boolean)}, or when the mapper
 * disables {@code DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES}.
 *
 * <p>The module only wires one serializer and one deserializer per model type. It sets no parser
 * limits and no mapper features; {@link CatalogJson} does (strict duplicate detection, nesting
 * depth, string and document length). Instances are immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class CatalogModule extends Module {

  private final boolean ignoreUnknownFields;

  /**
   * Creates the module with the default settings: unknown fields are rejected. This is the
   * constructor {@code ObjectMapper.findAndRegisterModules()} uses.
   */
  public CatalogModule() {
    this(false);
  }

  private CatalogModule(boolean ignoreUnknownFields) {
    this.ignoreUnknownFields = ignoreUnknownFields;
  }

  /**
   * Returns a module like this one that skips (when {@code true}) or rejects (when {@code false})
   * fields the format version 1 does not define. This module is not changed.
   *
   * @param ignore whether to skip unknown fields
   * @return a module with the setting
   */
  public CatalogModule withIgnoreUnknownFields(boolean ignore) {
    return ignore == ignoreUnknownFields ? this : new CatalogModule(ignore);
  }

  /**
   * {@return whether this module skips unknown fields instead of rejecting them; {@code false} for
   * a module made with the default constructor}
   */
  public boolean ignoresUnknownFields() {
    return ignoreUnknownFields;
  }

  @Override
  public String getModuleName() {
    return "talk-catalog";
  }

  /** Distinguishes the two settings, so a mapper may register one of each without deduplication. */
  @Override
  public Object getTypeId() {
    return CatalogModule.class.getName() + (ignoreUnknownFields ? "/ignore-unknown" : "");
  }

  @Override
  public Version version() {
    return PackageVersion.VERSION;
  }

  @Override
  public void setupModule(SetupContext context) {
    context.addSerializers(Wiring.serializers(CatalogMapping.standard()));
    context.addDeserializers(Wiring.deserializers(CatalogMapping.standard(), ignoreUnknownFields));
  }
}

package io.github.talkcatalog.jackson3;

import io.github.talkcatalog.jackson3.internal.AffiliationDeserializer;
import io.github.talkcatalog.jackson3.internal.AffiliationSerializer;
import io.github.talkcatalog.jackson3.internal.CatalogDeserializer;
import io.github.talkcatalog.jackson3.internal.CatalogSerializer;
import io.github.talkcatalog.jackson3.internal.CollectionDeserializer;
import io.github.talkcatalog.jackson3.internal.CollectionSerializer;
import io.github.talkcatalog.jackson3.internal.ImageDeserializer;
import io.github.talkcatalog.jackson3.internal.ImageSerializer;
import io.github.talkcatalog.jackson3.internal.LinkDeserializer;
import io.github.talkcatalog.jackson3.internal.LinkSerializer;
import io.github.talkcatalog.jackson3.internal.OrganizationDeserializer;
import io.github.talkcatalog.jackson3.internal.OrganizationSerializer;
import io.github.talkcatalog.jackson3.internal.SpeakerDeserializer;
import io.github.talkcatalog.jackson3.internal.SpeakerSerializer;
import io.github.talkcatalog.jackson3.internal.TalkDeserializer;
import io.github.talkcatalog.jackson3.internal.TalkSerializer;
import io.github.talkcatalog.jackson3.internal.VideoDeserializer;
import io.github.talkcatalog.jackson3.internal.VideoSerializer;
import io.github.talkcatalog.model.Affiliation;
import io.github.talkcatalog.model.Catalog;
import io.github.talkcatalog.model.Collection;
import io.github.talkcatalog.model.Image;
import io.github.talkcatalog.model.Link;
import io.github.talkcatalog.model.Organization;
import io.github.talkcatalog.model.Speaker;
import io.github.talkcatalog.model.Talk;
import io.github.talkcatalog.model.Video;
import tools.jackson.core.Version;
import tools.jackson.databind.JacksonModule;
import tools.jackson.databind.module.SimpleDeserializers;
import tools.jackson.databind.module.SimpleSerializers;

/**
 * A Jackson 3 module that writes and reads the model of {@code io.github.talkcatalog.model} as the
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
 * major version is not 1 fails with a {@link tools.jackson.databind.exc.MismatchedInputException}
 * whose message names the field and its JSON path, e.g.
 * {@code unknown field "nickname" at $.talks[2].speakers[0].nickname}. Unknown fields are skipped
 * instead only when the module is made with {@link #withIgnoreUnknownFields(boolean)}. Unlike the
 * Jackson 2 module, this one does not consult {@code DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES}:
 * Jackson 3 disables that feature by default, and a catalog reader stays strict unless told
 * otherwise.
 *
 * <p>The module only wires one serializer and one deserializer per model type. It sets no parser
 * limits and no mapper features; {@link CatalogJson} does (strict duplicate detection, nesting
 * depth, string and document length). Instances are immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class CatalogModule extends JacksonModule {

  private final boolean ignoreUnknownFields;

  /**
   * Creates the module with the default settings: unknown fields are rejected. This is the
   * constructor {@code JsonMapper.builder().findAndAddModules()} uses.
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
  public Object getRegistrationId() {
    return CatalogModule.class.getName() + (ignoreUnknownFields ? "/ignore-unknown" : "");
  }

  @Override
  public Version version() {
    return PackageVersion.VERSION;
  }

  @Override
  public void setupModule(SetupContext context) {
    SimpleSerializers serializers = new SimpleSerializers();
    serializers.addSerializer(Catalog.class, new CatalogSerializer());
    serializers.addSerializer(Collection.class, new CollectionSerializer());
    serializers.addSerializer(Talk.class, new TalkSerializer());
    serializers.addSerializer(Speaker.class, new SpeakerSerializer());
    serializers.addSerializer(Affiliation.class, new AffiliationSerializer());
    serializers.addSerializer(Organization.class, new OrganizationSerializer());
    serializers.addSerializer(Video.class, new VideoSerializer());
    serializers.addSerializer(Image.class, new ImageSerializer());
    serializers.addSerializer(Link.class, new LinkSerializer());
    context.addSerializers(serializers);

    boolean ignore = ignoreUnknownFields;
    SimpleDeserializers deserializers = new SimpleDeserializers();
    deserializers.addDeserializer(Catalog.class, new CatalogDeserializer(ignore));
    deserializers.addDeserializer(Collection.class, new CollectionDeserializer(ignore));
    deserializers.addDeserializer(Talk.class, new TalkDeserializer(ignore));
    deserializers.addDeserializer(Speaker.class, new SpeakerDeserializer(ignore));
    deserializers.addDeserializer(Affiliation.class, new AffiliationDeserializer(ignore));
    deserializers.addDeserializer(Organization.class, new OrganizationDeserializer());
    deserializers.addDeserializer(Video.class, new VideoDeserializer(ignore));
    deserializers.addDeserializer(Image.class, new ImageDeserializer(ignore));
    deserializers.addDeserializer(Link.class, new LinkDeserializer(ignore));
    context.addDeserializers(deserializers);
  }
}

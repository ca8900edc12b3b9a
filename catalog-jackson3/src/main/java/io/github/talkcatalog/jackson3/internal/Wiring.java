package io.github.talkcatalog.jackson3.internal;

import io.github.talkcatalog.internal.json.CatalogMapping;
import io.github.talkcatalog.internal.json.Mapping;
import tools.jackson.databind.module.SimpleDeserializers;
import tools.jackson.databind.module.SimpleSerializers;

/** Registers, for each model type of a {@link CatalogMapping}, its serializer and deserializer. */
public final class Wiring {

  private Wiring() {}

  /**
   * Registers the mapping's serializers and deserializers.
   *
   * @param mappings the format
   * @param ignoreUnknownFields true to skip, unreported, the fields the format does not define
   * @param serializers where the serializers go
   * @param deserializers where the deserializers go
   */
  public static void register(CatalogMapping mappings, boolean ignoreUnknownFields,
      SimpleSerializers serializers, SimpleDeserializers deserializers) {
    mappings.mappings().forEach(m -> add(m, ignoreUnknownFields, serializers, deserializers));
  }

  private static <T> void add(Mapping<T> m, boolean ignore, SimpleSerializers s, SimpleDeserializers d) {
    s.addSerializer(m.type(), new MappedSerializer<>(m));
    d.addDeserializer(m.type(), new MappedDeserializer<>(m, ignore));
  }
}

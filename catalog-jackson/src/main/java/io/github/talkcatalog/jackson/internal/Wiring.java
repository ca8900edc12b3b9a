package io.github.talkcatalog.jackson.internal;

import com.fasterxml.jackson.databind.module.SimpleDeserializers;
import com.fasterxml.jackson.databind.module.SimpleSerializers;
import io.github.talkcatalog.internal.json.CatalogMapping;
import io.github.talkcatalog.internal.json.Mapping;

/** One serializer and one deserializer per {@link Mapping} of a {@link CatalogMapping}. */
public final class Wiring {

  private Wiring() {}

  /**
   * {@return a serializer per model type}
   *
   * @param mappings the format
   */
  public static SimpleSerializers serializers(CatalogMapping mappings) {
    SimpleSerializers out = new SimpleSerializers();
    for (Mapping<?> m : mappings.mappings()) {
      add(out, m);
    }
    return out;
  }

  /**
   * {@return a deserializer per model type}
   *
   * @param mappings the format
   * @param ignoreUnknownFields whether to skip fields the format does not define, without a report
   */
  public static SimpleDeserializers deserializers(CatalogMapping mappings, boolean ignoreUnknownFields) {
    SimpleDeserializers out = new SimpleDeserializers();
    for (Mapping<?> m : mappings.mappings()) {
      add(out, m, ignoreUnknownFields);
    }
    return out;
  }

  private static <T> void add(SimpleSerializers out, Mapping<T> m) {
    out.addSerializer(m.type(), new MappedSerializer<>(m));
  }

  private static <T> void add(SimpleDeserializers out, Mapping<T> m, boolean ignore) {
    out.addDeserializer(m.type(), new MappedDeserializer<>(m, ignore));
  }
}

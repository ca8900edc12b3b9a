package io.github.talkcatalog.jackson.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleDeserializers;
import com.fasterxml.jackson.databind.module.SimpleSerializers;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import io.github.talkcatalog.internal.json.CatalogMapping;
import io.github.talkcatalog.internal.json.Mapping;
import java.io.IOException;

/** One serializer and one deserializer per {@link Mapping} of a {@link CatalogMapping}. */
public final class Wiring {

  private Wiring() {}

  /**
   * {@return a serializer per model type, and one per derived view that fails naming the view}
   *
   * @param mappings the format
   */
  public static SimpleSerializers serializers(CatalogMapping mappings) {
    SimpleSerializers out = new SimpleSerializers();
    for (Mapping<?> m : mappings.mappings()) {
      add(out, m);
    }
    for (Class<?> view : CatalogMapping.VIEWS) {
      refuse(out, view);
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

  private static <T> void refuse(SimpleSerializers out, Class<T> view) {
    out.addSerializer(view, new StdSerializer<T>(view) {
      private static final long serialVersionUID = 1L;

      @Override
      public void serialize(T value, JsonGenerator gen, SerializerProvider provider) throws IOException {
        provider.reportBadDefinition(view, CatalogMapping.notInFormat(view));
      }
    });
  }

  private static <T> void add(SimpleDeserializers out, Mapping<T> m, boolean ignore) {
    out.addDeserializer(m.type(), new MappedDeserializer<>(m, ignore));
  }
}

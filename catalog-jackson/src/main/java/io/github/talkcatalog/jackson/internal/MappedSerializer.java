package io.github.talkcatalog.jackson.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import io.github.talkcatalog.internal.json.JsonOutput;
import io.github.talkcatalog.internal.json.Mapping;
import java.io.IOException;

/**
 * Writes a model value as its {@link Mapping} says, through a Jackson 2 generator; nested model
 * values go through the provider, so serializers a user registers apply.
 *
 * @param <T> the model type
 */
public final class MappedSerializer<T> extends StdSerializer<T> {

  private static final long serialVersionUID = 1L;

  private final transient Mapping<T> mapping;

  /**
   * Creates the serializer.
   *
   * @param mapping the mapping of the type
   */
  public MappedSerializer(Mapping<T> mapping) {
    super(mapping.type());
    this.mapping = mapping;
  }

  @Override
  public void serialize(T value, JsonGenerator gen, SerializerProvider provider) throws IOException {
    mapping.write(value, new JsonOutput() {
      @Override
      public void startObject(Object v) throws IOException {
        gen.writeStartObject(v);
      }

      @Override
      public void endObject() throws IOException {
        gen.writeEndObject();
      }

      @Override
      public void startArray() throws IOException {
        gen.writeStartArray();
      }

      @Override
      public void endArray() throws IOException {
        gen.writeEndArray();
      }

      @Override
      public void name(String name) throws IOException {
        gen.writeFieldName(name);
      }

      @Override
      public void string(String s) throws IOException {
        gen.writeString(s);
      }

      @Override
      public void number(int i) throws IOException {
        gen.writeNumber(i);
      }

      @Override
      public void bool(boolean b) throws IOException {
        gen.writeBoolean(b);
      }

      @Override
      public void value(Object v) throws IOException {
        provider.defaultSerializeValue(v, gen);
      }
    });
  }
}

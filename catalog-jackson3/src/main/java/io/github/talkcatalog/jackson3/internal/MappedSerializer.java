package io.github.talkcatalog.jackson3.internal;

import io.github.talkcatalog.internal.json.JsonOutput;
import io.github.talkcatalog.internal.json.Mapping;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ser.std.StdSerializer;

/**
 * Runs a {@link Mapping}'s writing over a Jackson 3 generator. Nested model values are written
 * through the serialization context, where a user's own serializers take part.
 *
 * @param <T> the model type
 */
public final class MappedSerializer<T> extends StdSerializer<T> {

  private final Mapping<T> mapping;

  /**
   * Creates the serializer.
   *
   * @param mapping the type's mapping
   */
  public MappedSerializer(Mapping<T> mapping) {
    super(mapping.type());
    this.mapping = mapping;
  }

  @Override
  public void serialize(T value, JsonGenerator gen, SerializationContext context) {
    try {
      mapping.write(value, new Output(gen, context));
    } catch (java.io.IOException e) {
      throw tools.jackson.core.exc.JacksonIOException.construct(e); // Jackson 3 throws no IOException
    }
  }

  /** The generator as a {@link JsonOutput}; Jackson 3 calls throw only unchecked exceptions. */
  private record Output(JsonGenerator gen, SerializationContext context) implements JsonOutput {
    @Override public void startObject(Object v) { gen.writeStartObject(v); }
    @Override public void endObject() { gen.writeEndObject(); }
    @Override public void startArray() { gen.writeStartArray(); }
    @Override public void endArray() { gen.writeEndArray(); }
    @Override public void name(String n) { gen.writeName(n); }
    @Override public void string(String s) { gen.writeString(s); }
    @Override public void number(int i) { gen.writeNumber(i); }
    @Override public void bool(boolean b) { gen.writeBoolean(b); }
    @Override public void value(Object v) { context.writeValue(gen, v); }
  }
}

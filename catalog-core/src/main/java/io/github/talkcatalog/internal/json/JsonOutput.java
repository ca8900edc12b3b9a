package io.github.talkcatalog.internal.json;

import java.io.IOException;

/**
 * Where a {@link Mapping} writes: the token calls of a JSON generator. A Jackson adapter implements
 * it over its {@code JsonGenerator} and writes nested model values through its serializer
 * provider, so that serializers a user registers for a model type apply.
 */
public interface JsonOutput {

  /** Opens an object for {@code value} (the Java value it stands for). */
  void startObject(Object value) throws IOException;

  /** Closes the innermost object. */
  void endObject() throws IOException;

  /** Opens an array. */
  void startArray() throws IOException;

  /** Closes the innermost array. */
  void endArray() throws IOException;

  /** Writes a field name; the value follows. */
  void name(String name) throws IOException;

  /** Writes a string value. */
  void string(String value) throws IOException;

  /** Writes an integer value. */
  void number(int value) throws IOException;

  /** Writes a boolean value. */
  void bool(boolean value) throws IOException;

  /** Writes a model value through the serializer registered for its type. */
  void value(Object value) throws IOException;
}

package io.github.talkcatalog.internal.json;

import java.io.IOException;
import java.util.List;

/**
 * How one model type is written and read as catalog JSON, independent of the JSON library.
 *
 * @param <T> the model type
 */
public interface Mapping<T> {

  /** {@return the model type} */
  Class<T> type();

  /** {@return the field names in spec order; empty for a value written as a JSON scalar} */
  List<String> fieldNames();

  /**
   * Writes a value.
   *
   * @param value the value
   * @param out where to write
   */
  void write(T value, JsonOutput out) throws IOException;

  /**
   * Reads a value; the input stands at its first token. Every problem is reported through the
   * input, with the JSON path in the message.
   *
   * @param in where to read
   * @return the value
   */
  T read(JsonInput in) throws IOException;
}

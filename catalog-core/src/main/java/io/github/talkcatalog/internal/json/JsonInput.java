package io.github.talkcatalog.internal.json;

import java.io.IOException;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What a {@link Mapping} reads from: a JSON parser standing at a token, and the deserialization
 * context that problems are reported through. A Jackson adapter implements it over its
 * {@code JsonParser} and {@code DeserializationContext}; every report goes through the context, so
 * a user's problem handlers apply and the exceptions are Jackson's own.
 */
public interface JsonInput {

  /** {@return the token the parser stands at} */
  Token token();

  /** Moves to the next token and returns it. */
  Token next() throws IOException;

  /**
   * Moves to the next field of the current object and past its name, to the field's value.
   *
   * @return the field name, or {@code null} at the end of the object
   */
  @Nullable String nextField() throws IOException;

  /** {@return the text of the current string or number token} */
  String text() throws IOException;

  /** {@return whether the current integer fits in an {@code int}} */
  boolean fitsInt() throws IOException;

  /** {@return the current integer} */
  int intValue() throws IOException;

  /** Skips the current value, with its children when it is an object or array. */
  void skip() throws IOException;

  /**
   * {@return the JSON path of the value the parser stands at, e.g. {@code $.talks[2].title}; the
   * container itself at a start or end token ({@link JsonPath})}
   */
  String path();

  /** {@return whether fields this format version does not define are skipped without a report} */
  boolean ignoresUnknownFields();

  /**
   * Reads a model value through the deserializer the context finds for {@code type}.
   *
   * @param type a model type
   * @return the value
   */
  <E> E read(Class<E> type) throws IOException;

  /**
   * Reports a field the object of {@code type} does not define: the user's problem handlers first;
   * then, as the adapter's Jackson major decides, the field is skipped or an unrecognized-property
   * exception is thrown. The parser stands at the field's value.
   *
   * @param type the type being read
   * @param name the field name
   * @param known the fields the type defines, in spec order
   */
  void unknownField(Class<?> type, String name, List<String> known) throws IOException;

  /**
   * Reports a token of the wrong kind; a user's problem handler may supply a value instead.
   *
   * @param type the Java type expected ({@code String}, {@code Integer}, {@code Boolean} or a
   *     model type)
   * @param message the complete error message
   * @return the value a problem handler supplied, of {@code type}
   * @throws IOException (a mismatched-input exception) when no handler supplied one
   */
  Object unexpectedToken(Class<?> type, String message) throws IOException;

  /**
   * Reports a value the format does not accept.
   *
   * @param type the type being read
   * @param message the complete error message
   * @return never returns normally
   * @throws IOException always: the context's mismatched-input exception
   */
  RuntimeException mismatch(Class<?> type, String message) throws IOException;
}

package io.github.talkcatalog.jackson3.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.deser.std.StdDeserializer;

/**
 * Reads one JSON object of the catalog format into a model value through its public builder.
 *
 * <p>Fields may come in any order. A subclass names its fields in spec order, says which are
 * required, and reads one field at a time. This base rejects, with the field and its JSON path in
 * the message: a value that is not an object; a duplicated field; an unknown field (unless the
 * module ignores unknown fields; Jackson 3's {@code FAIL_ON_UNKNOWN_PROPERTIES}, disabled by
 * default, is not consulted); a missing required field; a {@code null} anywhere; a value of the wrong type; and
 * values the model's checks reject. Every error is a {@link CatalogInputException}.
 *
 * @param <T> the model type
 * @param <B> its builder
 */
public abstract class ObjectDeserializer<T, B> extends StdDeserializer<T> {

  private static final long serialVersionUID = 1L;

  private final boolean ignoreUnknownFields;
  private final List<String> fields;
  private final List<String> required;

  /**
   * Creates the deserializer.
   *
   * @param type the model type
   * @param ignoreUnknownFields whether to skip fields this version does not know
   * @param fields every field in spec order
   * @param required the required fields
   */
  protected ObjectDeserializer(
      Class<T> type, boolean ignoreUnknownFields, List<String> fields, List<String> required) {
    super(type);
    this.ignoreUnknownFields = ignoreUnknownFields;
    this.fields = List.copyOf(fields);
    this.required = List.copyOf(required);
  }

  /** Returns a new, empty builder. */
  protected abstract B newBuilder();

  /**
   * Reads the value of one field into the builder; the parser is at the field's value.
   *
   * @return false when the field is unknown (the value is then left unread)
   */
  protected abstract boolean readField(String name, B builder, JsonParser p, DeserializationContext ctxt)
     ;

  /** Builds the value; may throw {@link IllegalStateException} when the model rejects it. */
  protected abstract T build(B builder);

  @Override
  public final T deserialize(JsonParser p, DeserializationContext ctxt) {
    if (!p.isExpectedStartObjectToken()) {
      throw CatalogInputException.wrongType(p, handledType(), "an object");
    }
    String objectPath = JsonPath.of(p);
    B builder = newBuilder();
    Set<String> seen = new HashSet<>();
    for (String name = p.nextName(); name != null; name = p.nextName()) {
      p.nextToken();
      if (!seen.add(name)) {
        throw CatalogInputException.duplicateField(p, handledType(), name, objectPath);
      }
      if (!readField(name, builder, p, ctxt)) {
        if (!ignoreUnknownFields) {
          throw CatalogInputException.unknownField(p, handledType(), name, objectPath, fields);
        }
        p.skipChildren();
      }
    }
    for (String name : required) {
      if (!seen.contains(name)) {
        throw CatalogInputException.missingField(p, handledType(), name, objectPath);
      }
    }
    try {
      return build(builder);
    } catch (IllegalStateException | IllegalArgumentException e) {
      throw CatalogInputException.invalidValue(p, handledType(), objectPath, e.getMessage());
    }
  }

  /** Rejects a top-level {@code null} where this value is expected. */
  @Override
  public T getNullValue(DeserializationContext ctxt) throws CatalogInputException {
    throw CatalogInputException.wrongType(ctxt.getParser(), handledType(), "an object");
  }

  /**
   * Reads a string value.
   *
   * @throws CatalogInputException when the value is not a string
   */
  protected final String string(JsonParser p) {
    if (p.currentToken() != JsonToken.VALUE_STRING) {
      throw CatalogInputException.wrongType(p, handledType(), "a string");
    }
    return p.getString();
  }

  /**
   * Reads an integer value that fits in an {@code int}.
   *
   * @throws CatalogInputException when the value is not an integer or out of range
   */
  protected final int integer(JsonParser p) {
    if (p.currentToken() != JsonToken.VALUE_NUMBER_INT) {
      throw CatalogInputException.wrongType(p, handledType(), "an integer");
    }
    if (p.getNumberType() != JsonParser.NumberType.INT) {
      throw CatalogInputException.invalidValue(p, handledType(), JsonPath.of(p),
          "integer " + p.getString() + " is out of range");
    }
    return p.getIntValue();
  }

  /**
   * Reads a boolean value.
   *
   * @throws CatalogInputException when the value is not {@code true} or {@code false}
   */
  protected final boolean bool(JsonParser p) {
    JsonToken t = p.currentToken();
    if (t != JsonToken.VALUE_TRUE && t != JsonToken.VALUE_FALSE) {
      throw CatalogInputException.wrongType(p, handledType(), "a boolean");
    }
    return t == JsonToken.VALUE_TRUE;
  }

  /**
   * Reads an array of strings.
   *
   * @throws CatalogInputException when the value is not an array of strings
   */
  protected final List<String> strings(JsonParser p) {
    expectArray(p);
    List<String> out = new ArrayList<>();
    while (p.nextToken() != JsonToken.END_ARRAY) {
      out.add(string(p));
    }
    return out;
  }

  /**
   * Reads an array of model values, each through the deserializer the context finds for
   * {@code type} (the module's own).
   *
   * @throws CatalogInputException when the value is not an array, or an element is invalid
   */
  protected final <E> List<E> values(JsonParser p, DeserializationContext ctxt, Class<E> type)
      {
    expectArray(p);
    List<E> out = new ArrayList<>();
    while (p.nextToken() != JsonToken.END_ARRAY) {
      out.add(value(p, ctxt, type));
    }
    return out;
  }

  /**
   * Reads one model value through the deserializer the context finds for {@code type}.
   *
   * @throws CatalogInputException when the value is null or invalid
   */
  protected final <E> E value(JsonParser p, DeserializationContext ctxt, Class<E> type)
      {
    if (p.currentToken() == JsonToken.VALUE_NULL) {
      throw CatalogInputException.wrongType(p, type, "a " + type.getSimpleName());
    }
    return ctxt.readValue(p, type);
  }

  private void expectArray(JsonParser p) throws CatalogInputException {
    if (!p.isExpectedStartArrayToken()) {
      throw CatalogInputException.wrongType(p, handledType(), "an array");
    }
  }
}

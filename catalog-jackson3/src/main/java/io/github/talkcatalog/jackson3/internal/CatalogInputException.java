package io.github.talkcatalog.jackson3.internal;

import java.util.List;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.exc.MismatchedInputException;

/**
 * A catalog JSON document that is well-formed JSON but not a valid catalog: an unknown, missing,
 * duplicated or null field, a value of the wrong type, an unsupported {@code format}, or values
 * the model rejects. The message names the field and its JSON path ({@link JsonPath}).
 */
public final class CatalogInputException extends MismatchedInputException {

  private static final long serialVersionUID = 1L;

  private final String jsonPath;

  private CatalogInputException(JsonParser p, String message, Class<?> targetType, String jsonPath) {
    super(p, message, targetType);
    this.jsonPath = jsonPath;
  }

  /** The JSON path of the offending value or field, e.g. {@code $.talks[2].title}. */
  public String jsonPath() {
    return jsonPath;
  }

  static CatalogInputException wrongType(JsonParser p, Class<?> target, String expected) {
    String path = JsonPath.of(p);
    JsonToken token = p.currentToken();
    String message = token == JsonToken.VALUE_NULL
        ? "null is not allowed at " + path + ": expected " + expected
            + " (omit an optional field instead of writing null)"
        : "expected " + expected + " at " + path + ", found " + describe(token);
    return new CatalogInputException(p, message, target, path);
  }

  static CatalogInputException unknownField(
      JsonParser p, Class<?> target, String name, String objectPath, List<String> known) {
    String path = JsonPath.member(objectPath, name);
    return new CatalogInputException(p,
        "unknown field \"" + name + "\" at " + path + " (known fields of " + target.getSimpleName()
            + ": " + String.join(", ", known) + ")",
        target, path);
  }

  static CatalogInputException duplicateField(
      JsonParser p, Class<?> target, String name, String objectPath) {
    String path = JsonPath.member(objectPath, name);
    return new CatalogInputException(p, "duplicate field \"" + name + "\" at " + path, target, path);
  }

  static CatalogInputException missingField(
      JsonParser p, Class<?> target, String name, String objectPath) {
    String path = JsonPath.member(objectPath, name);
    return new CatalogInputException(p,
        "missing required field \"" + name + "\" at " + path, target, path);
  }

  static CatalogInputException invalidValue(JsonParser p, Class<?> target, String path, String why) {
    return new CatalogInputException(p,
        "invalid " + target.getSimpleName() + " at " + path + ": " + why, target, path);
  }

  static String describe(JsonToken token) {
    if (token == null) {
      return "the end of the input";
    }
    return switch (token) {
      case START_OBJECT -> "an object";
      case START_ARRAY -> "an array";
      case VALUE_STRING -> "a string";
      case VALUE_NUMBER_INT -> "an integer";
      case VALUE_NUMBER_FLOAT -> "a decimal number";
      case VALUE_TRUE, VALUE_FALSE -> "a boolean";
      case VALUE_NULL -> "null";
      default -> token.asString() == null ? token.name() : token.asString();
    };
  }
}

package io.github.talkcatalog.internal.json;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the JSON values the format uses, each checked, with the error texts of the format. A wrong
 * token goes to {@link JsonInput#unexpectedToken}, so a user's problem handler may supply a value.
 */
public final class Values {

  private Values() {}

  /** Reads a string. */
  public static String string(JsonInput in) throws IOException {
    if (in.token() != Token.STRING) {
      return (String) in.unexpectedToken(String.class, wrongType(in, "a string"));
    }
    return in.text();
  }

  /** Reads an integer that fits in an {@code int}. */
  public static int integer(JsonInput in, Class<?> owner) throws IOException {
    if (in.token() != Token.INT) {
      return (Integer) in.unexpectedToken(Integer.class, wrongType(in, "an integer"));
    }
    if (!in.fitsInt()) {
      throw in.mismatch(owner, invalid(owner, in.path(), "integer " + in.text() + " is out of range"));
    }
    return in.intValue();
  }

  /** Reads {@code true} or {@code false}. */
  public static boolean bool(JsonInput in) throws IOException {
    if (in.token() != Token.TRUE && in.token() != Token.FALSE) {
      return (Boolean) in.unexpectedToken(Boolean.class, wrongType(in, "a boolean"));
    }
    return in.token() == Token.TRUE;
  }

  /** Reads an array of strings. */
  public static List<String> strings(JsonInput in) throws IOException {
    List<String> out = new ArrayList<>();
    if (startArray(in, out)) {
      while (in.next() != Token.END_ARRAY) {
        out.add(string(in));
      }
    }
    return out;
  }

  /** Reads an array of model values, each through the deserializer registered for {@code type}. */
  public static <E> List<E> values(JsonInput in, Class<E> type) throws IOException {
    List<E> out = new ArrayList<>();
    if (startArray(in, out)) {
      while (in.next() != Token.END_ARRAY) {
        out.add(value(in, type));
      }
    }
    return out;
  }

  /** Reads one model value through the deserializer registered for {@code type}; never null. */
  public static <E> E value(JsonInput in, Class<E> type) throws IOException {
    if (in.token() == Token.NULL) {
      return type.cast(in.unexpectedToken(type, wrongType(in, "a " + type.getSimpleName())));
    }
    return in.read(type);
  }

  /** True when the input stands at an array; otherwise a handler's substitute list is added. */
  private static <E> boolean startArray(JsonInput in, List<E> out) throws IOException {
    if (in.token() == Token.START_ARRAY) {
      return true;
    }
    for (Object o : (List<?>) in.unexpectedToken(List.class, wrongType(in, "an array"))) {
      @SuppressWarnings("unchecked")
      E e = (E) o;
      out.add(e);
    }
    return false;
  }

  /**
   * The message for a token of the wrong kind, e.g. {@code expected a string at $.talks[0].title,
   * found an integer}; a {@code null} gets its own advice.
   */
  public static String wrongType(JsonInput in, String expected) {
    String path = in.path();
    return in.token() == Token.NULL
        ? "null is not allowed at " + path + ": expected " + expected
            + " (omit an optional field instead of writing null)"
        : "expected " + expected + " at " + path + ", found " + in.token().description();
  }

  /** The message for a value the format or the model rejects. */
  public static String invalid(Class<?> type, String path, String why) {
    return "invalid " + type.getSimpleName() + " at " + path + ": " + why;
  }

  /**
   * The message for a field a type does not define, e.g. {@code unknown field "nickname" at
   * $.talks[2].speakers[0].nickname (known fields of Speaker: name, affiliations)}.
   */
  public static String unknownField(String name, String path, String typeName, List<?> known) {
    StringBuilder b = new StringBuilder("unknown field \"").append(name).append("\" at ").append(path)
        .append(" (known fields of ").append(typeName).append(": ");
    for (int i = 0; i < known.size(); i++) {
      b.append(i == 0 ? "" : ", ").append(known.get(i));
    }
    return b.append(')').toString();
  }

  /** {@code message} with {@code " (line L, column C)"} when the line is known (above 0). */
  public static String located(String message, int line, int column) {
    return line > 0 ? message + " (line " + line + ", column " + column + ")" : message;
  }
}

package io.github.talkcatalog.internal.json;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * A model type written as a JSON object: its fields in spec order, read in any order into a
 * builder. Reading rejects, with the JSON path in the message: a value that is not an object, a
 * duplicated field, a field the type does not define (unless unknown fields are ignored or a
 * problem handler takes it), missing required fields (all of them named at once), and values the
 * model's checks reject.
 *
 * @param <T> the model type
 * @param <B> its builder
 */
public final class ObjectMapping<T, B> implements Mapping<T> {

  private final Class<T> type;
  private final Supplier<B> newBuilder;
  private final Function<B, T> build;
  private final Map<String, Field<T, B>> fields;

  /**
   * Creates the mapping.
   *
   * @param type the model type
   * @param newBuilder makes an empty builder
   * @param build builds the value; may throw {@link IllegalStateException} or
   *     {@link IllegalArgumentException} when the model rejects it
   * @param fields the fields in spec order
   */
  public ObjectMapping(Class<T> type, Supplier<B> newBuilder, Function<B, T> build, List<Field<T, B>> fields) {
    this.type = type;
    this.newBuilder = newBuilder;
    this.build = build;
    Map<String, Field<T, B>> byName = new LinkedHashMap<>();
    for (Field<T, B> f : fields) {
      if (byName.put(f.name(), f) != null) {
        throw new IllegalArgumentException("field " + f.name() + " twice in " + type.getSimpleName());
      }
    }
    this.fields = byName;
  }

  /**
   * Returns this mapping with one more field, written after the others.
   *
   * @param field the field
   * @return a new mapping
   */
  public ObjectMapping<T, B> with(Field<T, B> field) {
    List<Field<T, B>> all = new ArrayList<>(fields.values());
    all.add(field);
    return new ObjectMapping<>(type, newBuilder, build, all);
  }

  @Override
  public Class<T> type() {
    return type;
  }

  @Override
  public List<String> fieldNames() {
    return List.copyOf(fields.keySet());
  }

  @Override
  public void write(T value, JsonOutput out) throws IOException {
    out.startObject(value);
    for (Field<T, B> f : fields.values()) {
      f.write(value, out);
    }
    out.endObject();
  }

  @Override
  public T read(JsonInput in) throws IOException {
    if (in.token() != Token.START_OBJECT) {
      return type.cast(in.unexpectedToken(type, Values.wrongType(in, "an object")));
    }
    String objectPath = in.path();
    B builder = newBuilder.get();
    Set<String> seen = new HashSet<>();
    for (String name = in.nextField(); name != null; name = in.nextField()) {
      Field<T, B> field = fields.get(name);
      if (!seen.add(name)) {
        throw in.mismatch(type, "duplicate field \"" + name + "\" at " + JsonPath.member(objectPath, name));
      } else if (field != null) {
        field.read(builder, in, type);
      } else if (in.ignoresUnknownFields()) {
        in.skip();
      } else {
        in.unknownField(type, name, fieldNames());
      }
    }
    List<String> missing = new ArrayList<>();
    for (Field<T, B> f : fields.values()) {
      if (f.isRequired() && !seen.contains(f.name())) {
        missing.add(f.name());
      }
    }
    if (missing.size() == 1) {
      throw in.mismatch(type, "missing required field \"" + missing.get(0) + "\" at "
          + JsonPath.member(objectPath, missing.get(0)));
    } else if (!missing.isEmpty()) {
      throw in.mismatch(type, "missing required fields \"" + String.join("\", \"", missing)
          + "\" at " + objectPath);
    }
    try {
      return build.apply(builder);
    } catch (IllegalStateException | IllegalArgumentException e) {
      throw in.mismatch(type, Values.invalid(type, objectPath, String.valueOf(e.getMessage())));
    }
  }
}

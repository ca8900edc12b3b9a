package io.github.talkcatalog.internal.json;

import java.io.IOException;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.function.ObjIntConsumer;
import java.util.function.Predicate;
import java.util.function.ToIntFunction;

/**
 * One field of an object in the catalog JSON format: its name, whether a reader requires it, how a
 * value's field is written (or left out, when optional and absent) and how it is read into a
 * builder. Lists are always written and read as empty when missing.
 *
 * @param <T> the model type
 * @param <B> the builder the field is read into
 */
public final class Field<T, B> {

  /** Writes the field of a value, name included, or nothing when the value has none. */
  @FunctionalInterface
  public interface Writer<T> {
    /** Writes the field of {@code value} named {@code name}. */
    void write(T value, String name, JsonOutput out) throws IOException;
  }

  /** Reads the field's value (the input stands at it) into a builder. */
  @FunctionalInterface
  public interface Reader<B> {
    /** Reads the value into {@code builder}; {@code owner} is the type being read. */
    void read(B builder, JsonInput in, Class<?> owner) throws IOException;
  }

  private final String name;
  private final boolean required;
  private final Writer<T> writer;
  private final Reader<B> reader;

  /**
   * A field of any shape.
   *
   * @param name the field name
   * @param required whether a reader rejects an object without it
   * @param writer writes it
   * @param reader reads it
   */
  public Field(String name, boolean required, Writer<T> writer, Reader<B> reader) {
    this.name = Objects.requireNonNull(name);
    this.required = required;
    this.writer = writer;
    this.reader = reader;
  }

  /** {@return the field name} */
  public String name() {
    return name;
  }

  /** {@return whether a reader requires the field} */
  public boolean isRequired() {
    return required;
  }

  /** {@return this field, required by a reader} */
  public Field<T, B> required() {
    return new Field<>(name, true, writer, reader);
  }

  void write(T value, JsonOutput out) throws IOException {
    writer.write(value, name, out);
  }

  void read(B builder, JsonInput in, Class<?> owner) throws IOException {
    reader.read(builder, in, owner);
  }

  /** A required string. */
  public static <T, B> Field<T, B> string(String name, Function<T, String> get, BiConsumer<B, String> set) {
    return new Field<>(name, true, (v, n, out) -> {
      out.name(n);
      out.string(get.apply(v));
    }, (b, in, owner) -> set.accept(b, Values.string(in)));
  }

  /** An optional string, left out when absent. */
  public static <T, B> Field<T, B> optionalString(
      String name, Function<T, Optional<String>> get, BiConsumer<B, String> set) {
    return new Field<>(name, false, (v, n, out) -> {
      Optional<String> s = get.apply(v);
      if (s.isPresent()) {
        out.name(n);
        out.string(s.get());
      }
    }, (b, in, owner) -> set.accept(b, Values.string(in)));
  }

  /** A required integer. */
  public static <T, B> Field<T, B> integer(String name, ToIntFunction<T> get, ObjIntConsumer<B> set) {
    return new Field<>(name, true, (v, n, out) -> {
      out.name(n);
      out.number(get.applyAsInt(v));
    }, (b, in, owner) -> set.accept(b, Values.integer(in, owner)));
  }

  /** An optional integer, left out when absent. */
  public static <T, B> Field<T, B> optionalInt(
      String name, Function<T, OptionalInt> get, ObjIntConsumer<B> set) {
    return new Field<>(name, false, (v, n, out) -> {
      OptionalInt i = get.apply(v);
      if (i.isPresent()) {
        out.name(n);
        out.number(i.getAsInt());
      }
    }, (b, in, owner) -> set.accept(b, Values.integer(in, owner)));
  }

  /** A required boolean. */
  public static <T, B> Field<T, B> bool(String name, Predicate<T> get, BiConsumer<B, Boolean> set) {
    return new Field<>(name, true, (v, n, out) -> {
      out.name(n);
      out.bool(get.test(v));
    }, (b, in, owner) -> set.accept(b, Values.bool(in)));
  }

  /** A list of strings: always written, empty when missing. */
  public static <T, B> Field<T, B> strings(
      String name, Function<T, List<String>> get, BiConsumer<B, List<String>> set) {
    return new Field<>(name, false, (v, n, out) -> {
      out.name(n);
      out.startArray();
      for (String s : get.apply(v)) {
        out.string(s);
      }
      out.endArray();
    }, (b, in, owner) -> set.accept(b, Values.strings(in)));
  }

  /** A list of model values: always written, empty when missing. */
  public static <T, B, E> Field<T, B> values(
      String name, Class<E> type, Function<T, List<E>> get, BiConsumer<B, List<E>> set) {
    return new Field<>(name, false, (v, n, out) -> {
      out.name(n);
      out.startArray();
      for (E e : get.apply(v)) {
        out.value(e);
      }
      out.endArray();
    }, (b, in, owner) -> set.accept(b, Values.values(in, type)));
  }

  /** An optional model value, left out when absent. */
  public static <T, B, E> Field<T, B> optionalValue(
      String name, Class<E> type, Function<T, Optional<E>> get, BiConsumer<B, E> set) {
    return new Field<>(name, false, (v, n, out) -> {
      Optional<E> e = get.apply(v);
      if (e.isPresent()) {
        out.name(n);
        out.value(e.get());
      }
    }, (b, in, owner) -> set.accept(b, Values.value(in, type)));
  }
}

package io.github.talkcatalog.internal.write;

import io.github.talkcatalog.WriteResult.Loss;
import io.github.talkcatalog.model.Catalog;
import io.github.talkcatalog.model.Talk;
import java.lang.reflect.Field;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/**
 * Compares a catalog with what its Markdown reads back as, attribute by attribute, and names every
 * attribute that differs.
 *
 * <p>The attributes compared are derived from the model, not listed here: they are the stored
 * attributes of the Immutables implementation of {@link Catalog} and {@link Talk} (its instance
 * fields that are neither static nor transient; lazy views such as {@link Catalog#speakers()} are
 * transient), so an attribute added to the model is compared without a change here. Values are
 * read through the public accessor of the same name. A talk's {@link Talk#line() line} is never
 * compared (it is not part of equality).
 */
public final class RoundTripCheck {

  /** The catalog JSON order (docs/catalog-json.md), in which losses are listed; others follow by name. */
  private static final List<String> ORDER = List.of(
      "position", "index", "section", "heading", "labels", "title", "description", "collection",
      "declaredCount", "talks", "speakers", "video", "links", "image", "summary", "summaryTruncated",
      "duration", "year");

  /** Attributes that are not part of equality. */
  private static final Set<String> NEVER = Set.of("line");

  private static final List<Attribute> CATALOG = attributes(Catalog.class);
  private static final List<Attribute> TALK = attributes(Talk.class);

  private RoundTripCheck() {}

  /** One stored attribute of a model type: its name and public accessor. */
  record Attribute(String name, Method accessor) {
    Object get(Object value) {
      try {
        return accessor.invoke(value);
      } catch (IllegalAccessException | InvocationTargetException e) {
        throw new IllegalStateException("cannot read " + name + " of " + value.getClass(), e);
      }
    }
  }

  /**
   * The stored attributes of a model type, in catalog JSON order.
   *
   * @param type a public abstract model type with an Immutables implementation
   *     {@code Immutable<Type>} in its package
   * @return the attributes, {@code line} left out
   */
  static List<Attribute> attributes(Class<?> type) {
    Class<?> implementation;
    try {
      implementation = Class.forName(type.getPackageName() + ".Immutable" + type.getSimpleName(),
          false, type.getClassLoader());
    } catch (ClassNotFoundException e) {
      throw new IllegalStateException("no Immutables implementation of " + type, e);
    }
    List<Attribute> out = new ArrayList<>();
    for (Field f : implementation.getDeclaredFields()) {
      int m = f.getModifiers();
      if (Modifier.isStatic(m) || Modifier.isTransient(m) || NEVER.contains(f.getName())) {
        continue;
      }
      try {
        out.add(new Attribute(f.getName(), type.getMethod(f.getName())));
      } catch (NoSuchMethodException e) {
        throw new IllegalStateException("no public accessor for " + f.getName() + " of " + type, e);
      }
    }
    out.sort(Comparator.comparingInt((Attribute a) -> rank(a.name())).thenComparing(Attribute::name));
    return List.copyOf(out);
  }

  private static int rank(String name) {
    int i = ORDER.indexOf(name);
    return i < 0 ? ORDER.size() : i;
  }

  /**
   * The attributes of {@code written} that read back differently in {@code read}.
   *
   * @param written the catalog that was written
   * @param read the catalog its Markdown reads back as
   * @param ignoredTalkAttributes talk attributes not to compare (the writer may rewrite a heading)
   * @return the losses in document order: catalog attributes first, then talk by talk; empty
   *     exactly when the two catalogs are equal but for the ignored attributes
   */
  public static List<Loss> losses(Catalog written, Catalog read, Set<String> ignoredTalkAttributes) {
    List<Loss> losses = new ArrayList<>();
    OptionalInt none = OptionalInt.empty();
    for (Attribute a : CATALOG) {
      if (!a.name().equals("talks")) {
        compare(losses, none, "", a.name(), a.get(written), a.get(read));
      }
    }
    List<Talk> w = written.talks();
    List<Talk> r = read.talks();
    if (w.size() != r.size()) {
      losses.add(new Loss(none, "talks", "wrote " + w.size() + " talks, " + r.size() + " read back"));
    }
    for (int i = 0; i < Math.min(w.size(), r.size()); i++) {
      losses.addAll(talkLosses(w.get(i), r.get(i), ignoredTalkAttributes));
    }
    return losses;
  }

  /**
   * The attributes of talk {@code written} that read back differently in {@code read}.
   *
   * @param written the talk that was written
   * @param read the talk at the same place in what was read back
   * @param ignored attributes not to compare
   * @return one loss per differing attribute, in catalog JSON order
   */
  public static List<Loss> talkLosses(Talk written, Talk read, Set<String> ignored) {
    List<Loss> losses = new ArrayList<>();
    OptionalInt at = OptionalInt.of(written.position());
    String name = " (talk '" + written.title() + "')";
    for (Attribute a : TALK) {
      if (!ignored.contains(a.name())) {
        compare(losses, at, name, a.name(), a.get(written), a.get(read));
      }
    }
    return losses;
  }

  private static void compare(List<Loss> losses, OptionalInt talk, String name, String field,
      Object written, Object read) {
    if (!Objects.equals(written, read)) {
      losses.add(new Loss(talk, field, "wrote " + show(written) + ", reads back as " + show(read) + name));
    }
  }

  private static String show(Object value) {
    if (value instanceof Optional<?> o) {
      return o.map(String::valueOf).orElse("nothing");
    }
    if (value instanceof OptionalInt o) {
      return o.isPresent() ? String.valueOf(o.getAsInt()) : "nothing";
    }
    return String.valueOf(value);
  }
}

package io.github.talkcatalog.internal.diff;

import io.github.talkcatalog.model.Affiliation;
import io.github.talkcatalog.model.Catalog;
import io.github.talkcatalog.model.Collection;
import io.github.talkcatalog.model.Image;
import io.github.talkcatalog.model.Link;
import io.github.talkcatalog.model.Speaker;
import io.github.talkcatalog.model.Talk;
import io.github.talkcatalog.model.Video;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The fields a diff compares, named as in the catalog JSON format, each with how its value reads
 * in a diff. A talk's {@code position}, {@code heading} and {@code line} are not compared: they say
 * where and how a talk was written, and differ between layouts of the same talks.
 */
public final class Fields {

  /**
   * One compared field.
   *
   * @param name the field's name in the catalog JSON format
   * @param value the value compared (a model value; equal values are no change)
   * @param text the value as a diff shows it; empty when the field is absent or an empty list
   * @param <T> the type the field belongs to
   */
  public record Field<T>(String name, Function<T, Object> value, Function<T, Optional<String>> text) {}

  /**
   * A field whose values differ.
   *
   * @param name the field's name in the catalog JSON format
   * @param oldText the old value as text; empty when absent
   * @param newText the new value as text; empty when absent
   */
  public record Difference(String name, Optional<String> oldText, Optional<String> newText) {}

  /** The compared fields of a catalog, in the order of the catalog JSON format. */
  public static final List<Field<Catalog>> CATALOG = List.of(
      new Field<>("title", Catalog::title, c -> Optional.of(c.title())),
      new Field<>("description", Catalog::description, Catalog::description),
      new Field<>("collection", Catalog::collection, c -> c.collection().map(Fields::collection)),
      new Field<>("declaredCount", Catalog::declaredCount, c -> number(c.declaredCount())));

  /** The compared fields of a talk, in the order of the catalog JSON format. */
  public static final List<Field<Talk>> TALK = List.of(
      new Field<>("index", Talk::index, t -> number(t.index())),
      new Field<>("section", Talk::section, Talk::section),
      new Field<>("labels", Talk::labels, t -> list(t.labels(), Function.identity(), ", ")),
      new Field<>("title", Talk::title, t -> Optional.of(t.title())),
      new Field<>("speakers", Talk::speakers, t -> list(t.speakers(), Fields::speaker, " & ")),
      new Field<>("video", Talk::video, t -> t.video().map(Fields::video)),
      new Field<>("links", Talk::links, t -> list(t.links(), Fields::link, ", ")),
      new Field<>("image", Talk::image, t -> t.image().map(Fields::image)),
      new Field<>("summary", Talk::summary, Talk::summary),
      new Field<>("abstract", Talk::abstractText, Talk::abstractText),
      new Field<>("summaryTruncated", Talk::summaryTruncated, t -> Optional.of(String.valueOf(t.summaryTruncated()))),
      new Field<>("duration", Talk::duration, t -> number(t.duration())),
      new Field<>("event", Talk::event, Talk::event),
      new Field<>("year", Talk::year, t -> number(t.year())));

  private Fields() {}

  /**
   * The fields of {@code fields} whose values differ between {@code a} and {@code b}; a changed
   * {@code abstract} is left out when the {@code summary} changed too.
   *
   * @param fields the fields to compare
   * @param a the old value
   * @param b the new value
   * @param <T> the compared type
   * @return the differences in the order of {@code fields}; empty when every field is equal
   */
  public static <T> List<Difference> differences(List<Field<T>> fields, T a, T b) {
    List<Difference> out = new ArrayList<>();
    boolean summaryChanged = false;
    for (Field<T> f : fields) {
      if (!Objects.equals(f.value().apply(a), f.value().apply(b))) {
        summaryChanged |= f.name().equals("summary");
        // the abstract is the summary less the heading's echo: a new summary says it already
        if (!(summaryChanged && f.name().equals("abstract"))) {
          out.add(new Difference(f.name(), f.text().apply(a), f.text().apply(b)));
        }
      }
    }
    return List.copyOf(out);
  }

  /**
   * A speaker as a diff shows it: the name, then the affiliations in parentheses
   * ({@code Ana Ruiz (CTO, Zeta Labs; Acme)}).
   */
  static String speaker(Speaker s) {
    if (s.affiliations().isEmpty()) {
      return s.name();
    }
    return s.name() + " (" + s.affiliations().stream().map(Fields::affiliation).collect(Collectors.joining("; ")) + ")";
  }

  private static String affiliation(Affiliation a) {
    List<String> parts = new ArrayList<>();
    a.role().ifPresent(parts::add);
    a.organization().ifPresent(o -> parts.add(o.name()));
    return String.join(", ", parts);
  }

  private static String video(Video v) {
    return v.start().isPresent() ? v.url() + " (from " + v.start().getAsInt() + " s)" : v.url();
  }

  private static String link(Link l) {
    return l.label().isEmpty() ? l.url() : l.label() + " <" + l.url() + ">";
  }

  private static String image(Image i) {
    return i.alt().isEmpty() ? i.src() : i.src() + " [" + i.alt() + "]";
  }

  private static String collection(Collection c) {
    return c.label().map(l -> l + " <" + c.url() + ">").orElse(c.url());
  }

  private static Optional<String> number(OptionalInt n) {
    return n.isPresent() ? Optional.of(String.valueOf(n.getAsInt())) : Optional.empty();
  }

  private static <E> Optional<String> list(List<E> items, Function<E, String> text, String separator) {
    if (items.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(items.stream().map(text).collect(Collectors.joining(separator)));
  }
}

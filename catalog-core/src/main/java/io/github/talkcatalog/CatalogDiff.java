package io.github.talkcatalog;

import io.github.talkcatalog.internal.diff.Fields;
import io.github.talkcatalog.internal.diff.TalkMatcher;
import io.github.talkcatalog.model.Catalog;
import io.github.talkcatalog.model.Talk;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The difference between two editions of a catalog: the talks added, removed and changed, and the
 * catalog's own fields that changed.
 *
 * <pre>{@code
 * CatalogDiff diff = CatalogDiff.between(lastMonth, today);
 * diff.removed().forEach(t -> System.out.println("- " + t.title()));
 * diff.added().forEach(t -> System.out.println("+ " + t.title()));
 * for (CatalogDiff.TalkChange c : diff.changed()) {
 *   c.fields().forEach(f -> System.out.println("~ " + c.newTalk().title() + " " + f.field()));
 * }
 * }</pre>
 *
 * <h2>Which talk is which</h2>
 *
 * A talk of the old edition is the same talk as one of the new edition when, in this order of
 * passes over the talks not yet paired: both have the same YouTube video id; or both have the same
 * title and the same speakers, compared without case, accents, punctuation, spacing or speaker
 * order; or both have the same title so compared and no other unpaired talk on either side has it.
 * Talks with the same key pair in document order. A talk of the old edition left over is removed,
 * one of the new edition added.
 *
 * <h2>What is compared</h2>
 *
 * For a pair, every field of the catalog JSON format ({@code docs/catalog-json.md}) except
 * {@code position}, {@code heading} and {@code line}, which say where and how the talk was written:
 * the same talks in another order or another layout (flat sections, an index with detail pages, a
 * table, catalog JSON) give no change. A changed {@code abstract} is not reported when the
 * {@code summary} changed too (the abstract is the summary without the heading's echo). Values are
 * compared exactly (an organization spelt
 * differently is a change). Of the catalog itself, {@code title}, {@code description},
 * {@code collection} and {@code declaredCount} are compared.
 *
 * <p>A diff is an immutable value, safe to share between threads.
 *
 * @since 0.2.0
 */
public final class CatalogDiff {

  /**
   * A field whose value differs between the two editions.
   *
   * @param field the field's name in the catalog JSON format ({@code "speakers"}, {@code "title"},
   *     ...)
   * @param oldValue the old value as text (speakers as {@code Name (Role, Organization) & Name},
   *     lists joined by {@code ", "}, a video as its URL with {@code (from N s)} for a start
   *     offset); empty when the field was absent or an empty list
   * @param newValue the new value as text, in the same form; empty when the field is absent or an
   *     empty list
   * @since 0.2.0
   */
  public record FieldChange(String field, Optional<String> oldValue, Optional<String> newValue) {

    /**
     * Checks the arguments.
     *
     * @param field the field's name
     * @param oldValue the old value as text, empty when absent
     * @param newValue the new value as text, empty when absent
     * @throws NullPointerException if an argument is null
     */
    public FieldChange {
      Objects.requireNonNull(field, "field");
      Objects.requireNonNull(oldValue, "oldValue");
      Objects.requireNonNull(newValue, "newValue");
    }
  }

  /**
   * A talk present in both editions whose compared fields differ.
   *
   * @param oldTalk the talk in the old edition
   * @param newTalk the talk in the new edition
   * @param fields the fields that differ, in the order of the catalog JSON format; never empty
   * @since 0.2.0
   */
  public record TalkChange(Talk oldTalk, Talk newTalk, List<FieldChange> fields) {

    /**
     * Checks the arguments and copies the list.
     *
     * @param oldTalk the talk in the old edition
     * @param newTalk the talk in the new edition
     * @param fields the fields that differ
     * @throws NullPointerException if an argument or a list element is null
     */
    public TalkChange {
      Objects.requireNonNull(oldTalk, "oldTalk");
      Objects.requireNonNull(newTalk, "newTalk");
      fields = List.copyOf(fields);
    }
  }

  private final List<FieldChange> catalogChanges;
  private final List<Talk> removed;
  private final List<Talk> added;
  private final List<TalkChange> changed;

  private CatalogDiff(List<FieldChange> catalogChanges, List<Talk> removed, List<Talk> added,
      List<TalkChange> changed) {
    this.catalogChanges = catalogChanges;
    this.removed = removed;
    this.added = added;
    this.changed = changed;
  }

  /**
   * Compares two editions of a catalog.
   *
   * @param oldCatalog the old edition
   * @param newCatalog the new edition
   * @return the difference; {@link #isEmpty()} when they hold the same talks with the same fields
   * @throws NullPointerException if an argument is null
   */
  public static CatalogDiff between(Catalog oldCatalog, Catalog newCatalog) {
    Objects.requireNonNull(oldCatalog, "oldCatalog");
    Objects.requireNonNull(newCatalog, "newCatalog");
    TalkMatcher.Result match = TalkMatcher.match(oldCatalog.talks(), newCatalog.talks());
    List<TalkChange> changed = new ArrayList<>();
    for (TalkMatcher.Pair pair : match.pairs()) {
      List<FieldChange> fields = changes(Fields.differences(Fields.TALK, pair.oldTalk(), pair.newTalk()));
      if (!fields.isEmpty()) {
        changed.add(new TalkChange(pair.oldTalk(), pair.newTalk(), fields));
      }
    }
    return new CatalogDiff(changes(Fields.differences(Fields.CATALOG, oldCatalog, newCatalog)),
        match.removed(), match.added(), List.copyOf(changed));
  }

  private static List<FieldChange> changes(List<Fields.Difference> differences) {
    return differences.stream().map(d -> new FieldChange(d.name(), d.oldText(), d.newText())).toList();
  }

  /** {@return whether the editions hold the same talks with the same fields and the same header} */
  public boolean isEmpty() {
    return catalogChanges.isEmpty() && removed.isEmpty() && added.isEmpty() && changed.isEmpty();
  }

  /**
   * {@return the catalog's own fields that differ ({@code title}, {@code description},
   * {@code collection}, {@code declaredCount}), in that order; empty when none}
   */
  public List<FieldChange> catalogChanges() {
    return catalogChanges;
  }

  /** {@return the talks of the old edition that the new one lacks, in the old edition's order} */
  public List<Talk> removed() {
    return removed;
  }

  /** {@return the talks of the new edition that the old one lacks, in the new edition's order} */
  public List<Talk> added() {
    return added;
  }

  /** {@return the talks of both editions whose fields differ, in the new edition's order} */
  public List<TalkChange> changed() {
    return changed;
  }

  /** {@return a short form for logs and test failures: the counts of each kind of change} */
  @Override
  public String toString() {
    return "CatalogDiff{catalog=" + catalogChanges.size() + ", removed=" + removed.size() + ", added="
        + added.size() + ", changed=" + changed.size() + "}";
  }
}

package io.github.talkcatalog.internal.draft;

import io.github.talkcatalog.internal.plan.Structure;
import io.github.talkcatalog.model.Collection;
import java.util.List;

/**
 * The catalog as the layout stage read it, before catalog-wide reconciliation. Immutable.
 *
 * @param title the title, {@code ""} when none
 * @param description the introduction's plain text, or null
 * @param descriptionLine the 1-based line where the introduction starts, 0 when there is none
 * @param collection the collection (a playlist named in the introduction), or null
 * @param declaredCount the talk count the introduction declares, or null
 * @param countIsLowerBound whether the count is stated as a lower bound ("at least", "non-exhaustive")
 * @param talks the talks in document order
 * @param structure how the planner found the talks written; never null
 */
public record CatalogDraft(String title, String description, int descriptionLine, Collection collection,
    Integer declaredCount, boolean countIsLowerBound, List<TalkDraft> talks, Structure structure) {

  /** Copies the talk list. */
  public CatalogDraft {
    talks = List.copyOf(talks);
    java.util.Objects.requireNonNull(structure, "structure");
  }

  /**
   * The same draft with other talks.
   *
   * @param newTalks the talks
   * @return a new draft
   */
  public CatalogDraft withTalks(List<TalkDraft> newTalks) {
    return new CatalogDraft(title, description, descriptionLine, collection, declaredCount, countIsLowerBound,
        newTalks, structure);
  }
}

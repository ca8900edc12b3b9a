package io.github.talkcatalog.internal.profile;

import io.github.talkcatalog.internal.draft.CatalogDraft;
import io.github.talkcatalog.internal.draft.TalkDraft;
import io.github.talkcatalog.internal.plan.Structure;
import io.github.talkcatalog.internal.read.TextProfile;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * What a whole document says about how its talks are written, computed once per document: the
 * structural part the planner decided ({@link Structure}: the talks' heading level, talks under
 * headings or as entries) and the text part read from every talk's title and speaker part
 * ({@link TextProfile}: recurring events, what a comma means, the organizations the document
 * names). Immutable.
 *
 * @param structure the structural part; never null
 * @param text the text part; never null
 */
public record DocumentProfile(Structure structure, TextProfile text) {

  /** A profile that knows nothing: {@link Structure#NONE} and {@link TextProfile#NONE}. */
  public static final DocumentProfile NONE = new DocumentProfile(Structure.NONE, TextProfile.NONE);

  /** Checks that both parts are given. */
  public DocumentProfile {
    Objects.requireNonNull(structure, "structure");
    Objects.requireNonNull(text, "text");
  }

  /**
   * Profiles a document as its layout stage (and its detail pages) read it.
   *
   * @param draft the draft, every talk's title and speaker part as read
   * @return the profile; never null
   */
  public static DocumentProfile of(CatalogDraft draft) {
    List<String> titles = new ArrayList<>(draft.talks().size());
    List<String> parts = new ArrayList<>(draft.talks().size());
    for (TalkDraft d : draft.talks()) {
      titles.add(d.title());
      parts.add(d.speakerPart());
    }
    return new DocumentProfile(draft.structure(), TextProfile.of(titles, parts));
  }
}

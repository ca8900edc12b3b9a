package io.github.talkcatalog.internal.profile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import io.github.talkcatalog.internal.draft.CatalogDraft;
import io.github.talkcatalog.internal.draft.TalkDraft;
import io.github.talkcatalog.internal.plan.Structure;
import io.github.talkcatalog.internal.read.TextProfile;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** One profile per document: the planner's structure handed through, the text part read from the drafts. */
class DocumentProfileTest {

  private static TalkDraft talk(String title, String speakerPart) {
    TalkDraft.Builder b = new TalkDraft.Builder();
    b.line = 1;
    b.title = title;
    b.speakerPart = speakerPart;
    return b.build();
  }

  private static CatalogDraft draft(Structure structure, TalkDraft... talks) {
    return new CatalogDraft("Talks", null, 0, null, null, false, List.of(talks), structure);
  }

  @Test
  void theStructureIsTheDraftsAndTheTextPartIsReadFromEveryTalksTitleAndSpeakerPart() {
    Structure structure = new Structure(3, 4, 0, false);
    CatalogDraft d = draft(structure,
        talk("Caching at the Edge | Widget Summit 2031", "Ann Lee, Acme Widgets"),
        talk("Queues Without Tears | Widget Summit 2031", "Bo Tran, Acme Widgets"),
        talk("A Tour of Type Classes | Widget Summit 2031", "Cy Park, CTO, Northwind"),
        talk("Closing Words", null));
    DocumentProfile profile = DocumentProfile.of(d);
    assertThat(profile.structure()).isSameAs(structure);
    // the text part's rules are TextProfile's (tested there); here: every talk, in order, nulls kept
    List<String> parts = new ArrayList<>(List.of("Ann Lee, Acme Widgets", "Bo Tran, Acme Widgets",
        "Cy Park, CTO, Northwind"));
    parts.add(null);
    assertThat(profile.text()).isEqualTo(TextProfile.of(List.of("Caching at the Edge | Widget Summit 2031",
        "Queues Without Tears | Widget Summit 2031", "A Tour of Type Classes | Widget Summit 2031",
        "Closing Words"), parts));
    assertThat(profile.text()).isNotEqualTo(TextProfile.NONE);
  }

  @Test
  void aDocumentWithoutTalksKnowsNothing() {
    DocumentProfile profile = DocumentProfile.of(draft(Structure.NONE));
    assertThat(profile.text()).isEqualTo(TextProfile.NONE);
    assertThat(profile).isEqualTo(DocumentProfile.NONE);
  }

  @Test
  void bothPartsAreRequired() {
    assertThatNullPointerException().isThrownBy(() -> new DocumentProfile(null, TextProfile.NONE));
    assertThatNullPointerException().isThrownBy(() -> new DocumentProfile(Structure.NONE, null));
  }
}

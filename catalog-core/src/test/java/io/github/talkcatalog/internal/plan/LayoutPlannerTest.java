package io.github.talkcatalog.internal.plan;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.talkcatalog.internal.lines.LineMap;
import io.github.talkcatalog.internal.source.SourceText;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The planner on small invented documents, with the body evidence given by hand (no flexmark). */
class LayoutPlannerTest {

  /** Plans {@code text}; the headings whose text is in {@code entries} hold entries. */
  private static Plan plan(String text, Set<String> entries) {
    return LayoutPlanner.plan(LineMap.of(SourceText.of("t.md", text)),
        (h, end) -> entries.contains(h.rawText()));
  }

  /** Each region as {@code kind:heading text}, talks with their section. */
  private static List<String> regions(Plan plan) {
    return plan.regions().stream().map(LayoutPlannerTest::describe).toList();
  }

  private static String describe(Region r) {
    if (r instanceof Region.HeadingTalk t) {
      return "talk:" + t.heading().rawText() + (t.section() == null ? "" : " in " + t.section().rawText());
    }
    if (r instanceof Region.Entries e) {
      return "entries:" + e.heading().rawText() + (e.groups() ? " (groups)" : "");
    }
    if (r instanceof Region.NotTalks n) {
      return "not-talks:" + n.heading().rawText() + (n.named() ? " (named)" : "");
    }
    return (r instanceof Region.Grouping ? "group:" : "ignored:") + r.heading().rawText();
  }

  @Test
  void headingPerTalkDocument() {
    Plan p = plan("# Cat\n\nIntro.\n\n## One\nbody\n### Notes\nmore\n## Two\nbody\n", Set.of());
    assertThat(p.title().rawText()).isEqualTo("Cat");
    assertThat(p.introFrom()).isEqualTo(2);
    assertThat(p.introTo()).isEqualTo(5);
    assertThat(p.talkLevel()).isEqualTo(2);
    assertThat(p.introEntries()).isFalse();
    assertThat(regions(p)).containsExactly("talk:One", "ignored:Notes", "talk:Two");
  }

  @Test
  void groupingHeadingWithOnlyDeeperHeadingsSetsTheSection() {
    Plan p = plan("# Cat\n\n## Day 1\n\n### One\nbody\n### Two\nbody\n## Day 2\n### Three\nbody\n", Set.of());
    assertThat(p.talkLevel()).isEqualTo(3);
    assertThat(regions(p)).containsExactly(
        "group:Day 1", "talk:One in Day 1", "talk:Two in Day 1", "group:Day 2", "talk:Three in Day 2");
  }

  @Test
  void headingsOverEntriesAreEntryRegions() {
    Plan p = plan("# Cat\n\n## Go\n- a\n## Rust\n- b\n", Set.of("Go", "Rust"));
    assertThat(regions(p)).containsExactly("entries:Go", "entries:Rust");
    assertThat(p.introEntries()).isTrue();
    assertThat(p.introTo()).isEqualTo(3);
  }

  @Test
  void documentWithoutHeadingsIsAllIntroduction() {
    Plan p = plan("- [A](u) - Ann Lee\n- [B](v) - Bo Kim\n", Set.of());
    assertThat(p.title()).isNull();
    assertThat(p.regions()).isEmpty();
    assertThat(p.introFrom()).isEqualTo(1);
    assertThat(p.introTo()).isEqualTo(3);
    assertThat(p.introEntries()).isTrue();
  }

  @Test
  void headingsInsideCodeAreNotPlanned() {
    Plan p = plan("# Cat\n\n## One\n```\n## Not\n```\n## Two\nx\n", Set.of());
    assertThat(regions(p)).containsExactly("talk:One", "talk:Two");
  }

  @Test
  void playlistOnlyHeadingAmongTalkHeadingsIsIgnored() {
    Plan p = LayoutPlanner.plan(LineMap.of(SourceText.of("t.md", "# C\n\n## Event\nx\n## Talk\ny\n")),
        new LayoutPlanner.BodyEvidence() {
          @Override
          public boolean holdsEntries(io.github.talkcatalog.internal.lines.Heading h, int end) {
            return false;
          }

          @Override
          public Evidence evidence(io.github.talkcatalog.internal.lines.Heading h, int end) {
            return h.rawText().equals("Event") ? Evidence.PLAYLIST_ONLY : Evidence.TALK;
          }
        });
    assertThat(regions(p)).containsExactly("ignored:Event", "talk:Talk");
    assertThat(((Region.Ignored) p.regions().get(0)).evidence()).isEqualTo(Evidence.PLAYLIST_ONLY);
  }

  @Test
  void evidenceFreeHeadingsGiveWayToIntroductionEntries() {
    Plan p = LayoutPlanner.plan(LineMap.of(SourceText.of("t.md", "# C\n\n- a\n- b\n\n## Slides\nprose\n")),
        new LayoutPlanner.BodyEvidence() {
          @Override
          public boolean holdsEntries(io.github.talkcatalog.internal.lines.Heading h, int end) {
            return false;
          }

          @Override
          public boolean introHoldsEntries(int from, int to) {
            return from == 2 && to == 6;
          }
        });
    assertThat(regions(p)).containsExactly("ignored:Slides");
    assertThat(p.introEntries()).isTrue();
  }

  /**
   * Evidence by hand: headings named in {@code entries} hold entries with the given counts
   * ({@code recorded/withSpeaker/entries}); {@code talk} headings carry talk evidence; headings in
   * {@code notTalks} name things that are not talks; {@code playlist} headings only link a
   * playlist; {@code eventLinks} headings are events over links; {@code empty} headings hold no text.
   */
  private record Hand(java.util.Map<String, EntryEvidence> entries, Set<String> talk, Set<String> notTalks,
      Set<String> playlist, Set<String> eventLinks, Set<String> empty) implements LayoutPlanner.BodyEvidence {
    Hand(java.util.Map<String, EntryEvidence> entries, Set<String> talk, Set<String> notTalks, Set<String> playlist,
        Set<String> eventLinks) {
      this(entries, talk, notTalks, playlist, eventLinks, Set.of());
    }

    @Override
    public boolean holdsEntries(io.github.talkcatalog.internal.lines.Heading h, int end) {
      return entries.containsKey(h.rawText());
    }

    @Override
    public Evidence evidence(io.github.talkcatalog.internal.lines.Heading h, int end) {
      return talk.contains(h.rawText()) ? Evidence.TALK
          : playlist.contains(h.rawText()) ? Evidence.PLAYLIST_ONLY
          : eventLinks.contains(h.rawText()) ? Evidence.EVENT_LINKS
          : empty.contains(h.rawText()) ? Evidence.EMPTY : Evidence.NONE;
    }

    @Override
    public EntryEvidence entryEvidence(io.github.talkcatalog.internal.lines.Heading h, int end) {
      return entries.get(h.rawText());
    }

    @Override
    public boolean namesNotTalks(io.github.talkcatalog.internal.lines.Heading h) {
      return notTalks.contains(h.rawText());
    }
  }

  private static EntryEvidence counts(int recorded, int withSpeaker, int entries) {
    return new EntryEvidence(entries, recorded, withSpeaker, 9, 3);
  }

  private static Plan plan(String text, Hand hand) {
    return LayoutPlanner.plan(LineMap.of(SourceText.of("t.md", text)), hand);
  }

  @Test
  void unrecordedSectionNamedAsNotTalksIsNotRead() {
    Plan p = plan("# C\n\n## Talks\n- a\n## Blog posts\n- b\n", new Hand(
        java.util.Map.of("Talks", counts(2, 2, 2), "Blog posts", counts(0, 2, 2)),
        Set.of(), Set.of("Blog posts"), Set.of(), Set.of()));
    assertThat(regions(p)).containsExactly("entries:Talks", "not-talks:Blog posts (named)");
    assertThat(((Region.NotTalks) p.regions().get(1)).evidence()).isEqualTo(counts(0, 2, 2));
  }

  @Test
  void headingAboveNamingNotTalksCoversTheSectionsUnderIt() {
    Plan p = plan("# C\n\n## Articles\n\n### Queues\n- a\n### Caches\n- b\n## Talks\n### One\nx\n### Two\ny\n",
        new Hand(java.util.Map.of("Queues", counts(0, 0, 3), "Caches", counts(1, 0, 1)),
            Set.of("One", "Two"), Set.of("Articles"), Set.of(), Set.of()));
    // "Caches" has a video in its only entry: a quarter or more are recorded, so it stays a section of talks
    assertThat(regions(p)).containsExactly("group:Articles", "not-talks:Queues (named)", "entries:Caches",
        "group:Talks", "talk:One in Talks", "talk:Two in Talks");
  }

  @Test
  void speakerlessUnrecordedListBesideARecordedCatalogIsNotRead() {
    String doc = "# C\n\n## Events\n- e\n## Talks\n\n### One\nx\n### Two\ny\n### Three\nz\n";
    Plan p = plan(doc, new Hand(java.util.Map.of("Events", counts(1, 2, 26)),
        Set.of("One", "Two", "Three"), Set.of(), Set.of(), Set.of()));
    assertThat(regions(p)).contains("not-talks:Events").doesNotContain("entries:Events (groups)");
    // the same list naming speakers in half its entries is a list of talks without videos
    Plan q = plan(doc, new Hand(java.util.Map.of("Events", counts(1, 13, 26)),
        Set.of("One", "Two", "Three"), Set.of(), Set.of(), Set.of()));
    assertThat(regions(q)).contains("entries:Events (groups)");
    // with only two talk headings there is no recorded catalog to compare with
    Plan r = plan("# C\n\n## Events\n- e\n## Talks\n\n### One\nx\n### Two\ny\n", new Hand(
        java.util.Map.of("Events", counts(0, 0, 26)), Set.of("One", "Two"), Set.of(), Set.of(), Set.of()));
    assertThat(regions(r)).contains("entries:Events (groups)");
  }

  @Test
  void unrecordedSectionWithoutARecordedCatalogStays() {
    Plan p = plan("# C\n\n## 2030\n- a\n## 2031\n- b\n", new Hand(
        java.util.Map.of("2030", counts(0, 0, 4), "2031", counts(0, 0, 5)),
        Set.of(), Set.of(), Set.of(), Set.of()));
    assertThat(regions(p)).containsExactly("entries:2030", "entries:2031");
  }

  @Test
  void evidenceFreeHeadingAmongSectionsOfEntriesIsNotATalk() {
    Plan p = plan("## [Home](../a.md) > [People](../b.md)\n---\n# Meetups\n\n## Meetup 2\n|a|b|\n## Meetup 3\n|a|b|\n|-|-|\n"
        + "## Meetup 1\n|a|b|\n", new Hand(
        java.util.Map.of("Meetup 2", counts(3, 3, 3), "Meetup 1", counts(2, 2, 2)),
        Set.of(), Set.of(), Set.of(), Set.of(), Set.of("[Home](../a.md) > [People](../b.md)", "Meetup 3")));
    assertThat(regions(p)).containsExactly("ignored:[Home](../a.md) > [People](../b.md)", "group:Meetups",
        "entries:Meetup 2", "ignored:Meetup 3", "entries:Meetup 1");
    assertThat(((Region.Ignored) p.regions().get(3)).evidence()).isEqualTo(Evidence.EMPTY);
  }

  @Test
  void headingWithTextAmongSectionsOfEntriesStaysATalk() {
    Plan p = plan("# C\n\n## RiverConf 2031\n- a\n## BogConf 2030\n- b\n## Harbor Days 2029\nAnn Lee presents.\n",
        new Hand(java.util.Map.of("RiverConf 2031", counts(1, 1, 1), "BogConf 2030", counts(1, 1, 1)),
            Set.of(), Set.of(), Set.of(), Set.of()));
    assertThat(regions(p)).containsExactly("entries:RiverConf 2031", "entries:BogConf 2030", "talk:Harbor Days 2029");
  }

  @Test
  void evidenceFreeHeadingAmongTalkHeadingsStaysATalk() {
    Plan p = plan("# C\n\n## Queues\n- a\n## One\nx\n## Two\ny\n", new Hand(
        java.util.Map.of("Queues", counts(3, 3, 3)), Set.of("One"), Set.of(), Set.of(), Set.of()));
    assertThat(regions(p)).containsExactly("entries:Queues", "talk:One", "talk:Two");
  }

  @Test
  void eventOverLinksIsAnEventWhereEventsAreHeadings() {
    String doc = "# C\n\n## RiverConf 2031\n[Playlist](p)\n## RiverConf 2030\n[Slides](s)\n## Tiny Queues\nx\n";
    Plan p = plan(doc, new Hand(java.util.Map.of(), Set.of("Tiny Queues"), Set.of(), Set.of("RiverConf 2031"),
        Set.of("RiverConf 2030")));
    assertThat(regions(p)).containsExactly("ignored:RiverConf 2031", "ignored:RiverConf 2030", "talk:Tiny Queues");
    assertThat(((Region.Ignored) p.regions().get(1)).evidence()).isEqualTo(Evidence.EVENT_LINKS);
    // without a playlist-only event heading, the event over links stays a talk (a talk page, layout A5)
    Plan q = plan("# C\n\n## RiverConf 2030\n[Slides](s)\n## Tiny Queues\nx\n", new Hand(java.util.Map.of(),
        Set.of("Tiny Queues"), Set.of(), Set.of(), Set.of("RiverConf 2030")));
    assertThat(regions(q)).containsExactly("talk:RiverConf 2030", "talk:Tiny Queues");
  }
}

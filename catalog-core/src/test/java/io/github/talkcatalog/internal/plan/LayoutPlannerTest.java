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
}

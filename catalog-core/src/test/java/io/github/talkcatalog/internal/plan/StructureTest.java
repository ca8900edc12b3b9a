package io.github.talkcatalog.internal.plan;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.talkcatalog.internal.lines.LineMap;
import io.github.talkcatalog.internal.source.SourceText;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The structural part of the document profile, as the planner decides it on invented documents. */
class StructureTest {

  private static Structure structure(String text, Set<String> entries) {
    return Structure.of(LayoutPlanner.plan(LineMap.of(SourceText.of("t.md", text)),
        (h, end) -> entries.contains(h.rawText())));
  }

  @Test
  void talksUnderTheirOwnHeadings() {
    assertThat(structure("# Cat\n\n## One\nbody\n### Notes\nx\n## Two\nbody\n", Set.of()))
        .isEqualTo(new Structure(2, 2, 0, false));
  }

  @Test
  void talksUnderThirdLevelHeadingsGroupedByDay() {
    assertThat(structure("# Cat\n\n## Day 1\n### One\nbody\n### Two\nbody\n## Day 2\n### Three\nbody\n", Set.of()))
        .isEqualTo(new Structure(3, 3, 0, false));
  }

  @Test
  void talksWrittenAsEntriesUnderSectionHeadings() {
    assertThat(structure("# Cat\n\n## Go\n- a\n## Rust\n- b\n", Set.of("Go", "Rust")))
        .isEqualTo(new Structure(2, 0, 2, true));
  }

  @Test
  void aDocumentWithoutHeadingsHasNoRegions() {
    assertThat(structure("- [One](https://youtu.be/aaaaaaaaaaa)\n", Set.of()))
        .isEqualTo(new Structure(2, 0, 0, true));
  }

  @Test
  void theNoneStructureCountsNothing() {
    assertThat(Structure.NONE).isEqualTo(new Structure(2, 0, 0, false));
  }
}

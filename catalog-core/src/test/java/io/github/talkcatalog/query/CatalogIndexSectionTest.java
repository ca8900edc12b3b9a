package io.github.talkcatalog.query;

import static io.github.talkcatalog.query.SeedCatalog.positions;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.talkcatalog.CatalogParser;
import io.github.talkcatalog.model.Catalog;
import io.github.talkcatalog.model.Talk;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CatalogIndexSectionTest {

  private static final Catalog DAYS = CatalogParser.standard().parse("""
      # Harbor Days

      ## Day 1

      ### Tides of Data - Ada Quill
      - Link: https://www.youtube.com/watch?v=HHHHHHHHHH1

      ### Small Boats - Bo Tran
      - Link: https://www.youtube.com/watch?v=HHHHHHHHHH2

      ## Day 2

      ### Lighting the Cache - Kai Moreno
      - Link: https://www.youtube.com/watch?v=HHHHHHHHHH3
      """).catalog();

  @Test
  void talksAreGroupedBySectionInOrderOfFirstAppearance() {
    Map<String, List<Talk>> bySection = CatalogIndex.of(DAYS).talksBySection();
    assertThat(bySection.keySet()).containsExactly("Day 1", "Day 2");
    assertThat(positions(bySection.get("Day 1"))).containsExactly(1, 2);
    assertThat(positions(bySection.get("Day 2"))).containsExactly(3);
    assertThatThrownBy(() -> bySection.put("Day 3", List.of())).isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void aSectionIsLookedUpIgnoringCaseAndSpacing() {
    assertThat(positions(CatalogIndex.of(DAYS).talksBySection("day  1"))).containsExactly(1, 2);
    assertThat(CatalogIndex.of(DAYS).talksBySection("Day 3")).isEmpty();
  }

  @Test
  void aCatalogWithoutSectionsHasNoGroups() {
    assertThat(CatalogIndex.of(SeedCatalog.catalog()).talksBySection()).isEmpty();
    assertThat(CatalogIndex.of(SeedCatalog.catalog()).talksBySection("")).isEmpty();
  }
}

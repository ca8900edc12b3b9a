package io.github.talkcatalog.query;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.talkcatalog.model.Catalog;
import io.github.talkcatalog.model.Talk;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.junit.jupiter.api.Timeout;

class CatalogFilterFuzzTest {

  /** Seconds one input may take: a hang guard, which Jazzer passes to libFuzzer as -timeout. */
  private static final long PER_INPUT_SECONDS = 10;

  private static final Catalog SEED = SeedCatalog.catalog();

  /**
   * Whatever the query, the filtered catalog holds exactly the accepted talks, unchanged, in
   * document order with their positions, and keeps the catalog's title and counts; filtering twice
   * is filtering by both.
   */
  @FuzzTest(maxDuration = "20s")
  @Timeout(PER_INPUT_SECONDS)
  void filterReturnsTheAcceptedTalksInOrderWithTheirPositions(FuzzedDataProvider data) {
    Predicate<Talk> query = query(data, 3);
    Predicate<Talk> second = query(data, 2);

    Catalog filtered = SEED.filter(query);

    List<Talk> expected = new ArrayList<>();
    for (Talk t : SEED.talks()) {
      if (query.test(t)) {
        expected.add(t);
      }
    }
    assertThat(filtered.talks()).containsExactlyElementsOf(expected);
    assertThat(filtered.talks()).extracting(Talk::position).isSorted().doesNotHaveDuplicates();
    assertThat(filtered.title()).isEqualTo(SEED.title());
    assertThat(filtered.description()).isEqualTo(SEED.description());
    assertThat(filtered.declaredCount()).isEqualTo(SEED.declaredCount());
    assertThat(filtered.filter(second)).isEqualTo(SEED.filter(query.and(second)));
  }

  private static Predicate<Talk> query(FuzzedDataProvider data, int depth) {
    int kind = data.consumeInt(0, depth > 0 ? 11 : 8);
    switch (kind) {
      case 0: return TalkQuery.speaker(data.consumeString(30));
      case 1: return TalkQuery.organization(data.consumeString(30));
      case 2: return TalkQuery.label(data.consumeString(20));
      case 3: return TalkQuery.text(data.consumeString(20));
      case 4: return TalkQuery.videoId(data.consumeString(12));
      case 5: return TalkQuery.hasVideo();
      case 6: return TalkQuery.hasImage();
      case 7: return TalkQuery.truncated();
      case 8: return pickSpeaker(data);
      case 9: return query(data, depth - 1).and(query(data, depth - 1));
      case 10: return query(data, depth - 1).or(query(data, depth - 1));
      default: return query(data, depth - 1).negate();
    }
  }

  /** A speaker the seed names, so that non-empty results are common. */
  private static Predicate<Talk> pickSpeaker(FuzzedDataProvider data) {
    List<Talk> talks = SEED.talks();
    Talk t = talks.get(data.consumeInt(0, talks.size() - 1));
    return t.speakers().isEmpty() ? TalkQuery.hasVideo() : TalkQuery.speaker(t.speakers().get(0).name());
  }
}

package io.github.talkcatalog;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.talkcatalog.model.Affiliation;
import io.github.talkcatalog.model.Catalog;
import io.github.talkcatalog.model.Collection;
import io.github.talkcatalog.model.Image;
import io.github.talkcatalog.model.Speaker;
import io.github.talkcatalog.model.Talk;
import io.github.talkcatalog.model.Video;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The bundled PyTorch Conference 2025 catalog, parsed with the default parser. */
class SeedCatalogTest {

  private final Catalog catalog = Seed.catalog();

  @Test
  void catalogHasItsTitleIntroductionAndFiftyThreeTalks() {
    assertThat(catalog.title()).isEqualTo("vLLM-in-PyTorch-Conference-2025");
    assertThat(catalog.talks()).hasSize(53);
    assertThat(catalog.declaredCount()).hasValue(53);
    assertThat(catalog.description()).hasValue(
        "There are 53 videos (out of the full 117 videos in PyTorch conference 2025) mentioning vLLM."
            + " The ratio is 45%, or around 50%.");
    assertThat(catalog.collection()).hasValue(Collection.builder()
        .url("https://www.youtube.com/playlist?list=PL_lsbAsL_o2BUUxo6coMBFwQE31U4Eb2q")
        .label("117 videos")
        .size(117)
        .playlistId("PL_lsbAsL_o2BUUxo6coMBFwQE31U4Eb2q")
        .build());
  }

  @Test
  void firstTalkEqualsTheExampleOfTheJsonSpec() {
    Talk expected = Talk.builder()
        .position(1)
        .heading("Keynote: Welcome & Opening Remarks - Matt White, Executive Director, PyTorch Foundation")
        .addLabels("Keynote")
        .title("Welcome & Opening Remarks")
        .addSpeakers(Speaker.of("Matt White", Affiliation.of("Executive Director", "PyTorch Foundation")))
        .video(Video.youtube("ACxHFY_zUb8"))
        .image(Image.of("imgs/image1.png", ""))
        .summary("Keynote: Welcome & Opening Remarks - Matt White, Executive Director, PyTorch Foundation")
        .abstractText("")
        .summaryTruncated(false)
        .line(5)
        .build();
    Talk first = catalog.talks().get(0);
    assertThat(first).isEqualTo(expected);
    assertThat(first.line()).hasValue(5);
    assertThat(first.video().orElseThrow().url()).isEqualTo("https://www.youtube.com/watch?v=ACxHFY_zUb8");
  }

  @Test
  void secondTalkHasOneLabelTwoSpeakersAndATruncatedSummary() {
    Talk talk = catalog.talks().get(1);
    assertThat(talk.labels()).containsExactly("Keynote");
    assertThat(talk.title()).isEqualTo("vLLM & Deepspeed Updates");
    assertThat(talk.speakers()).extracting(Speaker::name).containsExactly("Simon Mo", "Tunji Ruwase");
    assertThat(talk.summaryTruncated()).isTrue();
  }

  @Test
  void stackedLabelsAreReadInOrder() {
    assertThat(catalog.talks().get(6).labels()).containsExactly("Sponsored Session", "Lightning Talk");
  }

  @Test
  void aColonInsideTheTitleIsNotALabel() {
    Talk talk = catalog.talks().get(2);
    assertThat(talk.labels()).containsExactly("Keynote");
    assertThat(talk.title()).isEqualTo("Ray: A Distributed Compute Engine for AI");
  }

  @Test
  void aHyphenWrittenWithoutTheSpaceBeforeItStillSeparatesTheSpeakers() {
    Talk talk = catalog.talks().get(30);
    assertThat(talk.title()).isEqualTo("Building the Open Agent Ecosystem Together: Introducing OpenEnv");
    assertThat(talk.speakers()).extracting(Speaker::name).containsExactly("Joe Spisak", "Lysandre Debut");
  }

  @Test
  void theRecapHasNoSpeakers() {
    Talk recap = catalog.talks().get(52);
    assertThat(recap.title()).isEqualTo("PyTorch Conference 2025 Recap");
    assertThat(recap.speakers()).isEmpty();
    assertThat(recap.summaryTruncated()).isFalse();
  }

  @Test
  void everyTalkHasADistinctElevenCharacterVideoIdAndItsImage() {
    List<String> ids = catalog.talks().stream().map(t -> t.video().orElseThrow().id().orElseThrow()).toList();
    assertThat(ids).hasSize(53).doesNotHaveDuplicates().allMatch(id -> id.length() == 11);
    for (Talk t : catalog.talks()) {
      assertThat(t.image()).hasValue(Image.of("imgs/image" + t.position() + ".png", ""));
      assertThat(t.links()).isEmpty();
    }
  }

  @Test
  void positionsAndLinesFollowTheDocument() {
    assertThat(catalog.talks()).extracting(Talk::position)
        .containsExactlyElementsOf(java.util.stream.IntStream.rangeClosed(1, 53).boxed().toList());
    assertThat(catalog.talks().get(1).line()).hasValue(12);
    assertThat(catalog.talks().get(52).line()).hasValue(369);
  }

  @Test
  void theSeedParsesWithoutDiagnostics() {
    assertThat(Seed.result().diagnostics()).isEmpty();
  }

  @Test
  void summariesCutAtTwoHundredCharactersAreMarkedTruncated() {
    // 1, 12, 31 and 53 are complete; 32 is 199 characters ending with a full stop
    List<Integer> complete = catalog.talks().stream().filter(t -> !t.summaryTruncated())
        .map(Talk::position).toList();
    assertThat(complete).containsExactly(1, 12, 31, 32, 53);
  }
}

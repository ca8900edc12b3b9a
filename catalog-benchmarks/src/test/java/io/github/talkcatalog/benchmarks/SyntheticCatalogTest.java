package io.github.talkcatalog.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.talkcatalog.CatalogParser;
import io.github.talkcatalog.ParseResult;
import io.github.talkcatalog.model.Speaker;
import io.github.talkcatalog.model.Talk;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class SyntheticCatalogTest {

  @Test
  void sameSeedGivesTheSameTextAndAnotherSeedDoesNot() {
    SyntheticCatalog a = SyntheticCatalog.generate(300, SyntheticCatalog.DEFAULT_SEED);
    SyntheticCatalog b = SyntheticCatalog.generate(300, SyntheticCatalog.DEFAULT_SEED);
    SyntheticCatalog other = SyntheticCatalog.generate(300, SyntheticCatalog.DEFAULT_SEED + 1);

    assertThat(b.text()).isEqualTo(a.text());
    assertThat(b.entries()).isEqualTo(a.entries());
    assertThat(other.text()).isNotEqualTo(a.text());
  }

  @Test
  void writesLayoutL1() {
    SyntheticCatalog catalog = SyntheticCatalog.generate(100, SyntheticCatalog.DEFAULT_SEED);
    List<String> lines = catalog.text().lines().toList();
    SyntheticCatalog.Entry first = catalog.entries().get(0);

    assertThat(lines.get(0)).startsWith("# ");
    assertThat(lines.get(2)).startsWith("There are 100 videos (out of the full [")
        .contains(" videos](https://www.youtube.com/playlist?list=PL");
    assertThat(lines.get(4)).startsWith("## ").contains(first.title() + " - " + first.speakers().get(0));
    assertThat(lines.get(5)).isEqualTo("- Link: https://www.youtube.com/watch?v=" + first.videoId());
    assertThat(lines.get(6)).isEmpty();
    assertThat(lines.get(7)).isEqualTo("![](imgs/image1.png)");
    assertThat(lines.stream().filter(l -> l.startsWith("## "))).hasSize(100);
    assertThat(lines.stream().skip(4).mapToInt(String::length).max().getAsInt())
        .isEqualTo(SyntheticCatalog.SUMMARY_CUT_LENGTH);
    assertThat(catalog.entries().stream().mapToInt(e -> e.speakers().size()).distinct().sorted())
        .containsExactly(1, 2, 3, 4);
  }

  @Test
  void catalogParserReadsEveryTalkAndSpeaker() {
    SyntheticCatalog generated = SyntheticCatalog.generate(100, SyntheticCatalog.DEFAULT_SEED);

    ParseResult result = CatalogParser.builder().build().parse(generated.text());
    List<Talk> talks = result.catalog().talks();

    assertThat(talks).hasSize(100);
    assertThat(result.diagnostics()).isEmpty();
    assertThat(result.catalog().declaredCount()).hasValue(100);
    assertThat(talks.stream().mapToInt(t -> t.speakers().size()).sum())
        .isEqualTo(generated.speakerCount());
    for (int i = 0; i < talks.size(); i++) {
      SyntheticCatalog.Entry expected = generated.entries().get(i);
      Talk talk = talks.get(i);
      assertThat(talk.title()).as("title of talk %d", i + 1).isEqualTo(expected.title());
      assertThat(talk.labels()).as("labels of talk %d", i + 1).isEqualTo(expected.labels());
      assertThat(talk.speakers().stream().map(Speaker::name))
          .as("speakers of talk %d", i + 1).containsExactlyElementsOf(expected.speakers());
      assertThat(talk.video().flatMap(v -> v.id())).hasValue(expected.videoId());
    }
  }

  @Test
  void writesAListItemATableRowOrTwoPlainLinesPerTalk() {
    SyntheticCatalog list = SyntheticCatalog.generate(SyntheticCatalog.Layout.LIST, 50, 7);
    SyntheticCatalog table = SyntheticCatalog.generate(SyntheticCatalog.Layout.TABLE, 50, 7);
    SyntheticCatalog plain = SyntheticCatalog.generate(SyntheticCatalog.Layout.PLAIN, 50, 7);
    SyntheticCatalog.Entry first = list.entries().get(0);
    String url = "https://www.youtube.com/watch?v=" + first.videoId();
    String titled = String.join("", first.labels().stream().map(l -> l + ": ").toList()) + first.title();

    // The first talk draws the same random numbers in every layout.
    assertThat(table.entries().get(0)).isEqualTo(first);
    assertThat(plain.entries().get(0)).isEqualTo(first);
    assertThat(list.text().lines().skip(4).toList()).hasSize(50)
        .allMatch(l -> l.startsWith("- [") && l.contains("](https://www.youtube.com/watch?v=")
            && l.contains(") \u2014 "));
    assertThat(list.text().lines().skip(4).findFirst().orElseThrow())
        .startsWith("- [" + titled + "](" + url + ") \u2014 " + first.speakers().get(0));
    assertThat(table.text().lines().skip(4).limit(3).toList()).startsWith(
        "| Title | Speakers | Video |", "|---|---|---|");
    assertThat(table.text().lines().skip(6).findFirst().orElseThrow())
        .startsWith("| " + titled + " | " + first.speakers().get(0))
        .endsWith(" | [Video](" + url + ") |");
    assertThat(table.text().lines().skip(6).toList()).hasSize(50);
    assertThat(plain.text().lines().skip(4).limit(3).toList()).satisfiesExactly(
        l -> assertThat(l).startsWith(titled + " by " + first.speakers().get(0)),
        l -> assertThat(l).isEqualTo(url),
        l -> assertThat(l).isEmpty());
    assertThat(plain.text().lines().skip(4)).hasSize(3 * 50)
        .noneMatch(l -> l.contains("[") || l.contains("|") || l.startsWith("#") || l.startsWith("-"));
  }

  @ParameterizedTest(name = "{0}")
  @EnumSource(SyntheticCatalog.Layout.class)
  void catalogParserReadsEveryTalkOfEveryLayout(SyntheticCatalog.Layout layout) {
    SyntheticCatalog generated = SyntheticCatalog.generate(layout, 300, SyntheticCatalog.DEFAULT_SEED);

    ParseResult result = CatalogParser.builder().build().parse(generated.text());
    List<Talk> talks = result.catalog().talks();

    assertThat(result.diagnostics()).isEmpty();
    assertThat(talks).hasSize(300);
    assertThat(result.catalog().declaredCount()).hasValue(300);
    for (int i = 0; i < talks.size(); i++) {
      SyntheticCatalog.Entry expected = generated.entries().get(i);
      Talk talk = talks.get(i);
      assertThat(talk.title()).as("title of talk %d", i + 1).isEqualTo(expected.title());
      assertThat(talk.labels()).as("labels of talk %d", i + 1).isEqualTo(expected.labels());
      assertThat(talk.speakers().stream().map(Speaker::name))
          .as("speakers of talk %d", i + 1).containsExactlyElementsOf(expected.speakers());
      assertThat(talk.video().flatMap(v -> v.id())).as("video of talk %d", i + 1)
          .hasValue(expected.videoId());
    }
  }
}

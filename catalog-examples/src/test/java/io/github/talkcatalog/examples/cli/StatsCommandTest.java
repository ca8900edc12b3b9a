package io.github.talkcatalog.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code catalog stats} on the bundled catalog (the seed) and a fixture. */
class StatsCommandTest {

  @Test
  void textStartsWithTheTotalsAndLabels() {
    CliRun run = CliRun.of("stats");

    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).startsWith("""
        talks: 53
        talks with video: 53
        declared: 53, found: 53

        labels (5):
          15  Sponsored Session
          15  Lightning Talk
           6  Keynote
           1  Sponsor Keynote
           1  Keynote Panel

        organizations (43):
          9  Meta
          4  IBM Research
          4  AMD
          3  NVIDIA
        """);
    assertThat(run.out()).contains("\nspeakers (");
  }

  @Test
  void jsonNamesWhoSpokeTwice() throws Exception {
    CliRun run = CliRun.of("stats", "--format", "json");

    assertThat(run.exitCode()).isZero();
    JsonNode json = new ObjectMapper().readTree(run.out());
    assertThat(json.get("talks").asInt()).isEqualTo(53);
    assertThat(json.get("talksWithVideo").asInt()).isEqualTo(53);
    assertThat(json.get("declaredCount").asInt()).isEqualTo(53);
    List<String> twice = new ArrayList<>();
    int previous = Integer.MAX_VALUE;
    for (JsonNode speaker : json.get("speakers")) {
      int talks = speaker.get("talks").asInt();
      assertThat(talks).isLessThanOrEqualTo(previous);
      previous = talks;
      if (talks == 2) {
        twice.add(speaker.get("name").asText());
      }
    }
    assertThat(twice).containsExactly(
        "Simon Mo", "Robert Nishihara", "Luca Antiga", "Joe Spisak", "Mark Saroufim", "Lysandre Debut");
    assertThat(json.get("speakers").get(0).get("talks").asInt()).isEqualTo(2);
    assertThat(json.get("organizations").get(0).get("name").asText()).isEqualTo("Meta");
    assertThat(json.get("organizations").get(0).get("talks").asInt()).isEqualTo(9);
    assertThat(json.get("labels").get(1).get("name").asText()).isEqualTo("Lightning Talk");
    assertThat(json.get("labels").get(1).get("talks").asInt()).isEqualTo(15);
  }

  @Test
  void aCatalogWithoutDeclaredCountSaysSo(@TempDir Path dir) throws Exception {
    Path catalog = dir.resolve("talks.md");
    Files.writeString(catalog, """
        # Invented Talks

        ## Lightning Talk: Tiny Queues - Ana Lima, Example Corp
        - Link: https://www.youtube.com/watch?v=AAAAAAAAAA1

        ## Big Queues - Ana Lima, Example Corp & Bo Chen
        """);

    CliRun text = CliRun.of("stats", catalog.toString());
    CliRun json = CliRun.of("stats", catalog.toString(), "--format", "json");

    assertThat(text.exitCode()).isZero();
    assertThat(text.out()).isEqualTo("""
        talks: 2
        talks with video: 1
        declared: -, found: 2

        labels (1):
          1  Lightning Talk

        organizations (1):
          2  Example Corp

        speakers (2):
          2  Ana Lima
          1  Bo Chen
        """);
    JsonNode node = new ObjectMapper().readTree(json.out());
    assertThat(node.has("declaredCount")).isFalse();
    assertThat(node.get("talksWithVideo").asInt()).isEqualTo(1);
  }

  @Test
  void unknownOptionIsAUsageError() {
    CliRun run = CliRun.of("stats", "--top", "3");

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("Unknown option: '--top'");
  }
}

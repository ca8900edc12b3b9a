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

class ParserOptionsTest {

  private static final String LABELLED = """
      # Labels

      ## Deep Dive: Tuning the Planner - Ada Quill
      - Link: https://www.youtube.com/watch?v=AAAAAAAAAA1

      ![](shots/one.png)

      ## Keynote: Opening Words - Bo Tran
      - Link: https://www.youtube.com/watch?v=AAAAAAAAAA2
      """;

  private static List<String> labelsAndTitles(CliRun run) throws Exception {
    List<String> out = new ArrayList<>();
    for (JsonNode talk : new ObjectMapper().readTree(run.out()).get("talks")) {
      out.add(talk.get("labels") + " " + talk.get("title").asText());
    }
    return out;
  }

  @Test
  void addLabelsKeepsTheDefaultsAndLabelsReplacesThem(@TempDir Path dir) throws Exception {
    String file = Files.writeString(dir.resolve("talks.md"), LABELLED).toString();

    assertThat(labelsAndTitles(CliRun.of("parse", "--add-labels", "Deep Dive", file)))
        .containsExactly("[\"Deep Dive\"] Tuning the Planner", "[\"Keynote\"] Opening Words");
    assertThat(labelsAndTitles(CliRun.of("parse", "--labels", "Deep Dive,Panel", file)))
        .containsExactly("[\"Deep Dive\"] Tuning the Planner", "[] Keynote: Opening Words");
  }

  @Test
  void disableSwitchesARuleOff(@TempDir Path dir) throws Exception {
    String file = Files.writeString(dir.resolve("talks.md"), LABELLED).toString();

    assertThat(CliRun.of("check", file).err())
        .isEqualTo(file + ":6:1: warning image-not-found: image 'shots/one.png' does not exist\n");
    CliRun quiet = CliRun.of("check", "--disable", "image-not-found", file);
    assertThat(quiet.exitCode()).isZero();
    assertThat(quiet.err()).isEmpty();
    assertThat(quiet.out()).isEqualTo("talks: 2, errors: 0, warnings: 0, infos: 0\n");
  }

  @Test
  void anUnknownRuleIsAUsageError() {
    CliRun run = CliRun.of("check", "--disable", "image-missing");
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.out()).isEmpty();
    assertThat(run.err()).startsWith("unknown rule 'image-missing' for --disable; the rules are no-talks, ");
  }

  @Test
  void aFolderWithoutAnIndexIsEveryCatalogInItJoinedInPathOrder(@TempDir Path dir) throws Exception {
    Path folder = Files.createDirectories(dir.resolve("meetups"));
    Files.writeString(folder.resolve("b.md"), LABELLED);
    Files.writeString(folder.resolve("a.md"), """
        # Harbor Days

        ## Tides of Data - Kai Moreno
        - Link: https://www.youtube.com/watch?v=AAAAAAAAAA3
        """);

    CliRun run = CliRun.of("parse", "--disable", "image-not-found", folder.toString());

    assertThat(run.exitCode()).isZero();
    assertThat(run.err()).isEmpty();
    JsonNode json = new ObjectMapper().readTree(run.out());
    assertThat(json.get("title").asText()).isEqualTo("meetups");
    List<String> talks = new ArrayList<>();
    for (JsonNode talk : json.get("talks")) {
      talks.add(talk.get("position") + " " + talk.get("section").asText() + " / " + talk.get("title").asText());
    }
    assertThat(talks).containsExactly(
        "1 Harbor Days / Tides of Data",
        "2 Labels / Deep Dive: Tuning the Planner",
        "3 Labels / Opening Words");
  }

  @Test
  void aFolderWithAnIndexIsStillReadThroughIt() {
    CliRun run = CliRun.of("check", CliRun.testdata("fixtures/l3-index"));
    assertThat(run.err()).contains("README.md:15:12: error link-outside-root");
    assertThat(run.out()).startsWith("talks: 4, ");
  }
}

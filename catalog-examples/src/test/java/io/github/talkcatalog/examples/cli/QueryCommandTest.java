package io.github.talkcatalog.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code catalog query} on the bundled catalog (the seed) and a fixture. */
class QueryCommandTest {

  private static List<Integer> positions(CliRun run) {
    return run.out().lines().map(l -> Integer.valueOf(l.substring(0, l.indexOf('\t')))).toList();
  }

  @Test
  void idsOfOneSpeakerAreExact() {
    CliRun run = CliRun.of("query", "--speaker", "simon mo", "--format", "ids");

    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).isEqualTo("2\tJQYP2l8x6oQ\n21\tTv71-g75OgU\n");
  }

  @Test
  void organizationSelectsItsTalksInDocumentOrder() {
    CliRun run = CliRun.of("query", "--org", "meta", "--format", "ids");

    assertThat(run.exitCode()).isZero();
    assertThat(positions(run)).containsExactly(6, 10, 14, 18, 23, 25, 31, 43, 51);
  }

  @Test
  void labelCountsTheLightningTalks() {
    CliRun run = CliRun.of("query", "--label", "Lightning Talk", "--format", "ids");

    assertThat(run.exitCode()).isZero();
    assertThat(run.out().lines()).hasSize(15);
  }

  @Test
  void repeatedOptionsOfOneKindAreAlternatives() {
    CliRun run = CliRun.of("query", "--speaker", "Simon Mo", "--speaker", "Joe Spisak", "--format", "ids");

    assertThat(positions(run)).containsExactly(2, 12, 21, 31);
  }

  @Test
  void optionsOfDifferentKindsMustAllHold() {
    CliRun both = CliRun.of("query", "--speaker", "Joe Spisak", "--org", "Meta", "--format", "ids");
    CliRun withText = CliRun.of("query", "--org", "meta", "--text", "flex attention", "--format", "ids");
    CliRun video = CliRun.of("query", "--video", "EflwqcbRYYs", "--org", "hugging face", "--format", "ids");

    assertThat(both.out()).isEqualTo("31\tEflwqcbRYYs\n");
    assertThat(withText.out()).isEqualTo("25\t2xcvgyO4F_o\n");
    assertThat(video.out()).isEqualTo("31\tEflwqcbRYYs\n");
  }

  @Test
  void jsonIsTheCatalogOfTheMatchingTalksWithTheirPositions() throws Exception {
    CliRun run = CliRun.of("query", "--speaker", "Simon Mo");

    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).startsWith("{\n  \"format\": \"talk-catalog/1\",\n");
    JsonNode json = new ObjectMapper().readTree(run.out());
    assertThat(json.get("title").asText()).isEqualTo("vLLM-in-PyTorch-Conference-2025");
    assertThat(json.get("declaredCount").asInt()).isEqualTo(53);
    assertThat(json.get("talks")).hasSize(2);
    assertThat(json.get("talks").get(0).get("position").asInt()).isEqualTo(2);
    assertThat(json.get("talks").get(0).get("title").asText()).isEqualTo("vLLM & Deepspeed Updates");
    assertThat(json.get("talks").get(1).get("position").asInt()).isEqualTo(21);
  }

  @Test
  void compactJsonIsOneLine() {
    CliRun run = CliRun.of("query", "--org", "meta", "--compact");

    assertThat(run.out()).startsWith("{\"format\":\"talk-catalog/1\",").endsWith("}\n");
    assertThat(run.out().strip()).doesNotContain("\n");
  }

  @Test
  void csvHasAHeaderRowAndOneRowPerTalk() throws Exception {
    CliRun run = CliRun.of("query", "--speaker", "Simon Mo", "--format", "csv");

    assertThat(run.exitCode()).isZero();
    assertThat(run.out().lines().findFirst()).contains(
        "position,labels,title,speakers,organizations,videoId,videoUrl,summary,event,abstract");
    CsvMapper csv = new CsvMapper().enable(CsvParser.Feature.WRAP_AS_ARRAY);
    try (MappingIterator<List<String>> rows = csv.readerForListOf(String.class).readValues(run.out())) {
      List<List<String>> all = rows.readAll();
      assertThat(all).hasSize(3);
      assertThat(all.get(1).subList(0, 7)).containsExactly("2", "Keynote", "vLLM & Deepspeed Updates",
          "Simon Mo; Tunji Ruwase", "UC Berkeley; DeepSpeed Project", "JQYP2l8x6oQ",
          "https://www.youtube.com/watch?v=JQYP2l8x6oQ");
      assertThat(all.get(2).subList(0, 6)).containsExactly("21", "",
          "vLLM: Easy, Fast, and Cheap LLM Serving for Everyone", "Simon Mo", "vLLM", "Tv71-g75OgU");
    }
  }

  @Test
  void csvCellsThatLookLikeFormulasArePrefixed(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
    java.nio.file.Path file = dir.resolve("talks.md");
    java.nio.file.Files.writeString(file, """
        # Formulas

        ## =1+2 and more - Ada Quill
        - Link: https://youtu.be/AAAAAAAAAA1

        +1 for this talk.

        ## @sum talk - Bo Tran

        A plain summary.
        """);

    CliRun run = CliRun.of("query", file.toString(), "--format", "csv");

    CsvMapper csv = new CsvMapper().enable(CsvParser.Feature.WRAP_AS_ARRAY);
    try (MappingIterator<List<String>> rows = csv.readerForListOf(String.class).readValues(run.out())) {
      List<List<String>> all = rows.readAll();
      assertThat(all.get(1)).containsExactly("1", "", "'=1+2 and more", "Ada Quill", "", "AAAAAAAAAA1",
          "https://www.youtube.com/watch?v=AAAAAAAAAA1", "'+1 for this talk.", "", "'+1 for this talk.");
      assertThat(all.get(2)).containsExactly("2", "", "'@sum talk", "Bo Tran", "", "", "", "A plain summary.", "",
          "A plain summary.");
    }
    assertThat(TalkOutput.cell("-x")).isEqualTo("'-x");
    assertThat(TalkOutput.cell("\tx")).isEqualTo("'\tx");
    assertThat(TalkOutput.cell("x=1")).isEqualTo("x=1");
    assertThat(TalkOutput.cell("")).isEmpty();
  }

  @Test
  void tableIsAlignedWithAHeader() {
    CliRun run = CliRun.of("query", "--speaker", "Simon Mo", "--speaker", "Joe Spisak", "--format", "table");

    assertThat(run.out()).isEqualTo("""
        POS  VIDEO        TITLE                                                         SPEAKERS
          2  JQYP2l8x6oQ  vLLM & Deepspeed Updates                                      Simon Mo; Tunji Ruwase
         12  8mXp_wcQYng  The Building Blocks of Agentic Al                             Joe Spisak
         21  Tv71-g75OgU  vLLM: Easy, Fast, and Cheap LLM Serving for Everyone          Simon Mo
         31  EflwqcbRYYs  Building the Open Agent Ecosystem Together: Introducing Ope…  Joe Spisak; Lysandre Debut
        """);
  }

  @Test
  void markdownIsAListOfLinkedTitles() {
    CliRun run = CliRun.of("query", "--video", "JQYP2l8x6oQ", "--format", "markdown");

    assertThat(run.out()).isEqualTo("""
        # vLLM-in-PyTorch-Conference-2025

        - 2. [vLLM & Deepspeed Updates](<https://www.youtube.com/watch?v=JQYP2l8x6oQ>) — Simon Mo; Tunji Ruwase
        """);
  }

  @Test
  void noMatchIsAnEmptyResultAndNotAnError() throws Exception {
    CliRun json = CliRun.of("query", "--speaker", "Nobody Known");
    CliRun ids = CliRun.of("query", "--speaker", "Nobody Known", "--format", "ids");
    CliRun csv = CliRun.of("query", "--text", "no such words anywhere", "--format", "csv");

    assertThat(json.exitCode()).isZero();
    JsonNode catalog = new ObjectMapper().readTree(json.out());
    assertThat(catalog.get("talks").isArray()).isTrue();
    assertThat(catalog.get("talks")).isEmpty();
    assertThat(json.out()).contains("\"talks\": []");
    assertThat(ids.exitCode()).isZero();
    assertThat(ids.out()).isEmpty();
    assertThat(csv.exitCode()).isZero();
    assertThat(csv.out()).isEqualTo("position,labels,title,speakers,organizations,videoId,videoUrl,summary,event,abstract\n");
  }

  @Test
  void readsACatalogFile() {
    String path = CliRun.testdata("fixtures/l1-mini/catalog.md");

    CliRun run = CliRun.of("query", path, "--format", "ids");

    assertThat(run.exitCode()).isZero();
    assertThat(positions(run)).containsExactly(1, 2, 3, 4);
  }

  @Test
  void unknownOptionAndUnknownFormatAreUsageErrors() {
    CliRun option = CliRun.of("query", "--speakers", "Simon Mo");
    CliRun format = CliRun.of("query", "--format", "xml");

    assertThat(option.exitCode()).isEqualTo(2);
    assertThat(option.err()).contains("Unknown option: '--speakers'");
    assertThat(option.out()).isEmpty();
    assertThat(format.exitCode()).isEqualTo(2);
    assertThat(format.err()).contains("--format", "xml");
  }
}

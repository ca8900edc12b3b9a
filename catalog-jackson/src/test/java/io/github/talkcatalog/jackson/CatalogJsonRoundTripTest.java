package io.github.talkcatalog.jackson;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.talkcatalog.model.Catalog;
import io.github.talkcatalog.model.Talk;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CatalogJsonRoundTripTest {

  private final CatalogJson json = CatalogJson.standard();

  @Test
  void seedSurvivesWriteAndRead() {
    Catalog seed = TestData.parse(TestData.SEED);
    assertThat(seed.talks()).hasSize(53);

    Catalog back = json.read(json.write(seed));

    assertThat(back).isEqualTo(seed);
    assertThat(back.talks()).extracting(Talk::line).isEqualTo(seed.talks().stream().map(Talk::line).toList());
    assertThat(json.read(json.writeCompact(seed))).isEqualTo(seed);
  }

  @ParameterizedTest
  @ValueSource(strings = {"l1-mini", "l2-event"})
  void fixtureParsesToItsExpectedJson(String fixture) {
    Catalog parsed = TestData.parse("testdata/fixtures/" + fixture + "/catalog.md");
    Catalog expected = json.read(TestData.text("testdata/fixtures/" + fixture + "/expected.json"));

    assertThat(parsed).isEqualTo(expected);
    assertThat(parsed.talks()).extracting(Talk::line)
        .isEqualTo(expected.talks().stream().map(Talk::line).toList());
  }

  @ParameterizedTest
  @ValueSource(strings = {"l1-mini", "l2-event"})
  void writingAFixtureGivesItsExpectedJsonText(String fixture) {
    Catalog expected = json.read(TestData.text("testdata/fixtures/" + fixture + "/expected.json"));

    assertThat(json.write(expected))
        .isEqualTo(TestData.text("testdata/fixtures/" + fixture + "/expected.json").strip());
  }

  @Test
  void firstTalkOfTheSeedIsTheSpecExample() throws Exception {
    String spec = Files.readString(Path.of("..", "docs", "catalog-json.md"));
    int start = spec.indexOf("```json\n") + "```json\n".length();
    String example = spec.substring(start, spec.indexOf("```", start));
    Catalog seed = TestData.parse(TestData.SEED);
    Catalog firstTalk = Catalog.builder().from(seed).talks(seed.talks().subList(0, 1)).build();

    ObjectMapper trees = new ObjectMapper();
    JsonNode written = trees.readTree(json.write(firstTalk));

    assertThat(written).isEqualTo(trees.readTree(example));
    assertThat(fieldNames(written)).containsExactly(
        "format", "title", "description", "collection", "declaredCount", "talks");
    assertThat(fieldNames(written.get("talks").get(0))).containsExactly(
        "position", "heading", "labels", "title", "speakers", "video", "links", "image", "summary",
        "abstract", "summaryTruncated", "line");
  }

  @Test
  void unknownOptionalValuesAreOmittedAndListsKept() {
    Catalog bare = Catalog.builder().title("T")
        .addTalks(Talk.builder().position(1).heading("H").title("H").build())
        .build();

    assertThat(json.writeCompact(bare)).isEqualTo(
        "{\"format\":\"talk-catalog/1\",\"title\":\"T\",\"talks\":[{\"position\":1,\"heading\":\"H\","
            + "\"labels\":[],\"title\":\"H\",\"speakers\":[],\"links\":[],\"summaryTruncated\":false}]}");
  }

  @Test
  void prettyOutputIndentsByTwoSpaces() {
    Catalog bare = Catalog.builder().title("T").build();

    assertThat(json.write(bare)).isEqualTo(
        "{\n  \"format\": \"talk-catalog/1\",\n  \"title\": \"T\",\n  \"talks\": []\n}");
  }

  private static java.util.List<String> fieldNames(JsonNode node) {
    java.util.List<String> names = new java.util.ArrayList<>();
    node.fieldNames().forEachRemaining(names::add);
    return names;
  }
}

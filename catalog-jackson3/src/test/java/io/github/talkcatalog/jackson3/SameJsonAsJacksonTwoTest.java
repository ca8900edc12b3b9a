package io.github.talkcatalog.jackson3;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.talkcatalog.model.Catalog;
import io.github.talkcatalog.model.Speaker;
import io.github.talkcatalog.model.Talk;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The Jackson 3 module writes byte for byte what the Jackson 2 module ({@code catalog-jackson})
 * writes, although Jackson 3 sorts properties by default, and both read each other's output to the
 * same catalog.
 */
class SameJsonAsJacksonTwoTest {

  private static final CatalogJson JACKSON3 = CatalogJson.standard();
  private static final io.github.talkcatalog.jackson.CatalogJson JACKSON2 =
      io.github.talkcatalog.jackson.CatalogJson.standard();

  static Stream<String> fixtures() {
    return TestData.FIXTURES.stream();
  }

  @Test
  void seedIsWrittenIdentically() {
    Catalog seed = TestData.parse(TestData.SEED);

    assertThat(JACKSON3.write(seed)).isEqualTo(JACKSON2.write(seed));
    assertThat(JACKSON3.writeCompact(seed)).isEqualTo(JACKSON2.writeCompact(seed));
    assertThat(JACKSON3.write(seed)).startsWith("{\n  \"format\": \"talk-catalog/1\",\n  \"title\": ");
  }

  @ParameterizedTest
  @MethodSource("fixtures")
  void fixturesAreWrittenIdentically(String fixture) {
    Catalog expected = JACKSON2.read(TestData.expectedJson(fixture));

    assertThat(JACKSON3.write(expected)).isEqualTo(JACKSON2.write(expected));
    assertThat(JACKSON3.writeCompact(expected)).isEqualTo(JACKSON2.writeCompact(expected));
  }

  @ParameterizedTest
  @MethodSource("fixtures")
  void eachReadsWhatTheOtherWrote(String fixture) {
    Catalog expected = JACKSON2.read(TestData.expectedJson(fixture));

    assertThat(JACKSON3.read(JACKSON2.write(expected))).isEqualTo(expected);
    assertThat(JACKSON2.read(JACKSON3.write(expected))).isEqualTo(expected);
  }

  @Test
  void eventAndAbstractAreWrittenAndReadIdentically() {
    Talk echoed = Talk.builder().position(1).heading("Fast Caches - Ann Lee")
        .title("Fast Caches").addSpeakers(Speaker.of("Ann Lee"))
        .summary("Fast Caches - Ann Lee, Acme Ann shows caches.").abstractText("Ann shows caches.")
        .event("Rivertown Cloud Days 2023").year(2023).build();
    Talk plain = Talk.builder().position(2).heading("Slow Caches").title("Slow Caches")
        .summary("Bo shows slow caches.").build();
    Catalog catalog = Catalog.builder().title("Days").addTalks(echoed, plain).build();

    String written = JACKSON3.writeCompact(catalog);

    assertThat(written).isEqualTo(JACKSON2.writeCompact(catalog));
    assertThat(JACKSON3.write(catalog)).isEqualTo(JACKSON2.write(catalog));
    assertThat(written).contains("\"summary\":\"Fast Caches - Ann Lee, Acme Ann shows caches.\","
            + "\"abstract\":\"Ann shows caches.\",\"summaryTruncated\":false,"
            + "\"event\":\"Rivertown Cloud Days 2023\",\"year\":2023}")
        .contains("\"summary\":\"Bo shows slow caches.\",\"summaryTruncated\":false}");
    assertThat(plain.abstractText()).hasValue("Bo shows slow caches.");
    for (Catalog back : new Catalog[] {JACKSON3.read(written), JACKSON2.read(written)}) {
      assertThat(back).isEqualTo(catalog);
      assertThat(back.talks().get(0).abstractText()).hasValue("Ann shows caches.");
      assertThat(back.talks().get(0).event()).hasValue("Rivertown Cloud Days 2023");
      assertThat(back.talks().get(1).abstractText()).hasValue("Bo shows slow caches.");
      assertThat(back.talks().get(1).event()).isEmpty();
    }
  }

  @Test
  void bothRejectTheSameDocumentsAtTheSamePath() {
    String[] bad = {
        "{\"format\": \"talk-catalog/1\", \"title\": \"T\", \"talks\": [{\"position\": 1, \"heading\": \"H\","
            + " \"title\": \"H\", \"summaryTruncated\": false, \"speakers\": [{\"name\": \"A\", \"nickname\": \"B\"}]}]}",
        "{\"format\": \"talk-catalog/2\", \"title\": \"T\", \"talks\": []}",
        "{\"format\": \"talk-catalog/1\", \"title\": null, \"talks\": []}",
        "{\"format\": \"talk-catalog/1\", \"title\": \"T\", \"title\": \"U\", \"talks\": []}",
        "{\"format\": \"talk-catalog/1\", \"talks\": []}",
        "{\"format\": \"talk-catalog/1\", \"title\": \"T\", \"talks\": [{\"position\": \"1\"}]}",
        "{\"format\": \"talk-catalog/1\", \"title\": \"T\", \"talks\": []} {}",
        "null",
    };
    for (String json : bad) {
      io.github.talkcatalog.jackson.CatalogJsonException two = catchJackson2(json);
      CatalogJsonException three = catchJackson3(json);
      assertThat(three).as(json).isNotNull();
      assertThat(two).as(json).isNotNull();
      assertThat(three.path()).as(json).isEqualTo(two.path());
    }
  }

  private static io.github.talkcatalog.jackson.CatalogJsonException catchJackson2(String json) {
    try {
      JACKSON2.read(json);
      return null;
    } catch (io.github.talkcatalog.jackson.CatalogJsonException e) {
      return e;
    }
  }

  private static CatalogJsonException catchJackson3(String json) {
    try {
      JACKSON3.read(json);
      return null;
    } catch (CatalogJsonException e) {
      return e;
    }
  }
}

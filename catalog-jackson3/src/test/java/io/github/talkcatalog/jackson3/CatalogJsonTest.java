package io.github.talkcatalog.jackson3;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.talkcatalog.model.Catalog;
import io.github.talkcatalog.model.Talk;
import java.nio.charset.StandardCharsets;
import java.util.ServiceLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JacksonModule;
import tools.jackson.databind.json.JsonMapper;

/** The Jackson 3 facade and module on their own. */
class CatalogJsonTest {

  private final CatalogJson json = CatalogJson.standard();

  @Test
  void seedSurvivesWriteAndRead() {
    Catalog seed = TestData.parse(TestData.SEED);
    assertThat(seed.talks()).hasSize(53);

    Catalog back = json.read(json.write(seed));

    assertThat(back).isEqualTo(seed);
    assertThat(back.talks()).extracting(Talk::line).isEqualTo(seed.talks().stream().map(Talk::line).toList());
    assertThat(json.read(json.writeCompact(seed).getBytes(StandardCharsets.UTF_8))).isEqualTo(seed);
  }

  @ParameterizedTest
  @ValueSource(strings = {"l1-mini", "l2-event", "l3-index"})
  void writingAFixtureGivesItsExpectedJsonText(String fixture) {
    String text = TestData.expectedJson(fixture);

    assertThat(json.write(json.read(text))).isEqualTo(text.strip());
  }

  @Test
  void unknownFieldNamesItsPathUnlessIgnored() {
    String doc = "{\"format\": \"talk-catalog/1\", \"title\": \"T\", \"talks\": [{\"position\": 4,"
        + " \"heading\": \"H\", \"title\": \"H\", \"summaryTruncated\": false,"
        + " \"speakers\": [{\"name\": \"Ana Lima\", \"nickname\": \"Ana\"}]}]}";

    assertThatThrownBy(() -> json.read(doc))
        .isInstanceOf(CatalogJsonException.class)
        .hasMessageStartingWith("unknown field \"nickname\" at $.talks[0].speakers[0].nickname")
        .extracting(e -> ((CatalogJsonException) e).path())
        .isEqualTo("$.talks[0].speakers[0].nickname");
    Catalog read = json.withIgnoreUnknownFields(true).read(doc);
    assertThat(read.talks().get(0).speakers().get(0).name()).isEqualTo("Ana Lima");
    assertThat(read.talks().get(0).position()).isEqualTo(4);
  }

  @Test
  void otherMajorVersionIsRefused() {
    assertThatThrownBy(() -> json.read("{\"format\": \"talk-catalog/2\", \"title\": \"T\", \"talks\": []}"))
        .isInstanceOf(CatalogJsonException.class)
        .hasMessageContaining("unsupported format version \"talk-catalog/2\"");
  }

  @Test
  void badBytesAndDeepNestingThrowOnlyCatalogJsonException() {
    byte[] notUtf8 = {'{', '"', (byte) 0xC3, (byte) 0x28, '"', ':', '1', '}'};
    String deep = "{\"format\": \"talk-catalog/1\", \"title\": \"T\", \"talks\": [" + "[".repeat(5000);

    assertThatThrownBy(() -> json.read(notUtf8)).isInstanceOf(CatalogJsonException.class);
    assertThatThrownBy(() -> json.read(deep)).isInstanceOf(CatalogJsonException.class);
    assertThatThrownBy(() -> json.read("{\"format\": \"talk-catalog/1\", \"title\": \"T\", \"talks\": [], \"talks\": []}"))
        .isInstanceOf(CatalogJsonException.class)
        .hasMessageContaining("talks");
  }

  @Test
  void moduleIsFoundThroughServiceLoading() {
    assertThat(ServiceLoader.load(JacksonModule.class).stream().map(ServiceLoader.Provider::type))
        .contains(CatalogModule.class);
    Catalog seed = TestData.parse(TestData.SEED);

    String written = JsonMapper.builder().findAndAddModules().build().writeValueAsString(seed);

    assertThat(written).isEqualTo(json.writeCompact(seed));
  }
}

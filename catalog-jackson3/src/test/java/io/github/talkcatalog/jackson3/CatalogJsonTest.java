package io.github.talkcatalog.jackson3;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.talkcatalog.model.Catalog;
import java.io.ByteArrayOutputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ServiceLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JacksonModule;
import tools.jackson.databind.json.JsonMapper;

/** The Jackson 3 facade and module on their own. */
class CatalogJsonTest {

  private final CatalogJson json = CatalogJson.standard();

  @Test
  void seedComesBackFromAStringAFileAWriterAndAStream(@TempDir Path dir) {
    Catalog seed = TestData.parse(TestData.SEED);
    Path file = dir.resolve("seed.json");
    StringWriter chars = new StringWriter();
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();

    json.write(seed, file);
    json.write(seed, chars);
    json.write(seed, bytes);

    assertThat(seed.talks()).hasSize(53);
    assertThat(json.read(file)).isEqualTo(seed);
    assertThat(chars.toString()).isEqualTo(json.write(seed));
    assertThat(bytes.toString(StandardCharsets.UTF_8)).isEqualTo(json.write(seed));
    Catalog compact = json.read(json.writeCompact(seed).getBytes(StandardCharsets.UTF_8));
    assertThat(compact).isEqualTo(seed);
    assertThat(compact.talks().get(52).line()).isEqualTo(seed.talks().get(52).line()).isNotEmpty();
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

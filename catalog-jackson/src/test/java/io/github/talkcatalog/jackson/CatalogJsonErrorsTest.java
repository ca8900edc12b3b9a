package io.github.talkcatalog.jackson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.talkcatalog.model.Catalog;
import io.github.talkcatalog.model.Speaker;
import java.io.ByteArrayInputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class CatalogJsonErrorsTest {

  private final CatalogJson json = CatalogJson.standard();

  /** Three talks; the third has two speakers. Single quotes stand for double quotes. */
  private static String catalog(String thirdTalkFirstSpeaker) {
    return ("{'format':'talk-catalog/1','title':'Summit','talks':["
        + talk(1, "{'name':'Ada Quill','affiliations':[]}") + ","
        + talk(2, "{'name':'Bo Tran','affiliations':[]}") + ","
        + talk(3, thirdTalkFirstSpeaker + ",{'name':'Kai Moreno','affiliations':[]}")
        + "]}").replace('\'', '"');
  }

  private static String talk(int position, String speakers) {
    return "{'position':" + position + ",'heading':'Talk " + position + "','labels':[],"
        + "'title':'Talk " + position + "','speakers':[" + speakers + "],'links':[],"
        + "'summaryTruncated':false}";
  }

  @Test
  void validDocumentReads() {
    Catalog c = json.read(catalog("{'name':'Lena Ortiz','affiliations':[{'organization':'Fabrikam'}]}"));

    assertThat(c.talks()).hasSize(3);
    assertThat(c.talks().get(2).speakers()).extracting(Speaker::name).containsExactly("Lena Ortiz", "Kai Moreno");
    assertThat(c.talks().get(2).speakers().get(0).affiliations().get(0).organization().get().name())
        .isEqualTo("Fabrikam");
  }

  @Test
  void unknownFieldIsRejectedWithItsNameAndPath() {
    String doc = catalog("{'name':'Lena Ortiz','nickname':'Lee','affiliations':[]}");

    assertThatThrownBy(() -> json.read(doc))
        .isInstanceOf(CatalogJsonException.class)
        .hasMessageContaining("unknown field \"nickname\"")
        .hasMessageContaining("$.talks[2].speakers[0].nickname")
        .satisfies(e -> assertThat(((CatalogJsonException) e).path())
            .isEqualTo("$.talks[2].speakers[0].nickname"));
  }

  @Test
  void unknownFieldIsSkippedWhenAskedTo() {
    String doc = catalog("{'name':'Lena Ortiz','nickname':{'deep':[1,2]},'affiliations':[]}");

    Catalog c = json.withIgnoreUnknownFields(true).read(doc);

    assertThat(c.talks().get(2).speakers().get(0)).isEqualTo(Speaker.of("Lena Ortiz"));
    assertThat(json.ignoresUnknownFields()).isFalse();
    assertThat(json.withIgnoreUnknownFields(true).ignoresUnknownFields()).isTrue();
  }

  @Test
  void missingTitleIsRejectedWithItsPath() {
    String doc = catalog("{'name':'Lena Ortiz'}").replace("\"title\":\"Talk 2\",", "");

    assertThatThrownBy(() -> json.read(doc))
        .isInstanceOf(CatalogJsonException.class)
        .hasMessageContaining("missing required field \"title\" at $.talks[1].title");
  }

  @Test
  void nullWhereAStringIsExpectedIsRejected() {
    String doc = catalog("{'name':null}");

    assertThatThrownBy(() -> json.read(doc))
        .isInstanceOf(CatalogJsonException.class)
        .hasMessageStartingWith("null is not allowed at $.talks[2].speakers[0].name: expected a string");
  }

  @Test
  void nullForAnOptionalObjectIsRejected() {
    String doc = catalog("{'name':'Lena Ortiz'}").replace("\"position\":1,", "\"position\":1,\"video\":null,");

    assertThatThrownBy(() -> json.read(doc))
        .isInstanceOf(CatalogJsonException.class)
        .hasMessageContaining("null is not allowed at $.talks[0].video");
  }

  @Test
  void wrongTypeIsRejectedWithWhatWasFound() {
    String doc = catalog("{'name':'Lena Ortiz'}").replace("\"position\":2", "\"position\":\"2\"");

    assertThatThrownBy(() -> json.read(doc))
        .isInstanceOf(CatalogJsonException.class)
        .hasMessageContaining("expected an integer at $.talks[1].position, found a string");
  }

  @Test
  void formatOfAnotherMajorVersionIsRejected() {
    String doc = catalog("{'name':'Lena Ortiz'}").replace("talk-catalog/1", "talk-catalog/2");

    assertThatThrownBy(() -> json.read(doc))
        .isInstanceOf(CatalogJsonException.class)
        .hasMessageContaining("unsupported format version \"talk-catalog/2\"")
        .hasMessageContaining("$.format");
  }

  @Test
  void minorVersionOfFormatOneIsRead() {
    String doc = catalog("{'name':'Lena Ortiz'}").replace("talk-catalog/1", "talk-catalog/1.3");

    assertThat(json.read(doc).title()).isEqualTo("Summit");
  }

  @Test
  void duplicateKeyIsRejected() {
    String doc = catalog("{'name':'Lena Ortiz','name':'Lee'}");

    assertThatThrownBy(() -> json.read(doc))
        .isInstanceOf(CatalogJsonException.class)
        .hasMessageContaining("Duplicate field 'name'")
        .hasMessageContaining("$.talks[2].speakers[0].name");
  }

  @Test
  void valueTheModelRejectsIsReportedWithItsPath() {
    String doc = catalog("{'name':'Lena Ortiz'}")
        .replace("\"position\":1,", "\"position\":1,\"video\":{\"url\":\"u\",\"platform\":\"youtube\"},");

    assertThatThrownBy(() -> json.read(doc))
        .isInstanceOf(CatalogJsonException.class)
        .hasMessageContaining("invalid Video at $.talks[0].video: a YouTube video needs its id");
  }

  @Test
  void nestingBeyondTheLimitIsRejected() {
    String deep = "[".repeat(CatalogJson.MAX_NESTING_DEPTH + 1);
    String doc = "{\"format\":\"talk-catalog/1\",\"title\":\"T\",\"talks\":[],\"x\":" + deep;

    assertThatThrownBy(() -> json.withIgnoreUnknownFields(true).read(doc))
        .isInstanceOf(CatalogJsonException.class)
        .hasMessageContaining("nesting depth");
  }

  @Test
  void documentThatIsNullOrEmptyOrTrailedIsRejected() {
    assertThatThrownBy(() -> json.read("null")).isInstanceOf(CatalogJsonException.class)
        .hasMessageContaining("null is not allowed at $: expected an object");
    assertThatThrownBy(() -> json.read("")).isInstanceOf(CatalogJsonException.class);
    assertThatThrownBy(() -> json.read("{\"format\":\"talk-catalog/1\",\"title\":\"T\",\"talks\":[]} {}"))
        .isInstanceOf(CatalogJsonException.class);
    assertThatThrownBy(() -> json.read("[]")).isInstanceOf(CatalogJsonException.class)
        .hasMessageContaining("expected an object at $, found an array");
  }

  @Test
  void malformedJsonNamesLineAndColumn() {
    assertThatThrownBy(() -> json.read(new ByteArrayInputStream(
            "{\n  \"title\": tru\n}".getBytes(StandardCharsets.UTF_8))))
        .isInstanceOf(CatalogJsonException.class)
        .satisfies(e -> assertThat(((CatalogJsonException) e).line()).isEqualTo(2));
  }

  @Test
  void unreadableFileIsAnIoError() {
    assertThatThrownBy(() -> json.read(Path.of("no-such-catalog.json")))
        .isInstanceOf(UncheckedIOException.class);
  }
}

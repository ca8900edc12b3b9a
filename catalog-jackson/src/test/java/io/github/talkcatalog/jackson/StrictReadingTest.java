package io.github.talkcatalog.jackson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/**
 * What the format forbids is rejected with the JSON path: NUL in a string, a blank title, two talks
 * at one position, a YouTube video whose URL is not http(s); a limit names where reading stopped.
 */
class StrictReadingTest {

  private final CatalogJson json = CatalogJson.standard();

  private static String talk(String fields) {
    return "{\"format\":\"talk-catalog/1\",\"title\":\"T\",\"talks\":[{\"position\":1,\"heading\":\"H\","
        + "\"title\":\"H\",\"summaryTruncated\":false" + fields + "}]}";
  }

  @Test
  void nulInAStringIsRejected() {
    assertThatThrownBy(() -> json.read(talk(",\"summary\":\"a\\u0000b\"")))
        .isInstanceOf(CatalogJsonException.class)
        .hasMessageStartingWith("invalid string at $.talks[0].summary: it holds a NUL character (U+0000)")
        .extracting(e -> ((CatalogJsonException) e).path()).isEqualTo("$.talks[0].summary");
  }

  @Test
  void blankTalkTitlesAreRejected() {
    assertThatThrownBy(() -> json.read(talk("").replace("\"title\":\"H\"", "\"title\":\"  \"")))
        .isInstanceOf(CatalogJsonException.class)
        .hasMessageStartingWith("invalid Talk at $.talks[0].title: must not be blank");
  }

  @Test
  void anEmptyCatalogTitleIsReadAsTheParserWritesIt() {
    // a document without a level-1 heading parses to a catalog whose title is empty
    assertThat(json.read(talk("").replace("\"title\":\"T\"", "\"title\":\"\"")).title()).isEmpty();
  }

  @Test
  void twoTalksAtOnePositionAreRejected() {
    String one = "{\"position\":3,\"heading\":\"H\",\"title\":\"H\",\"summaryTruncated\":false}";
    String doc = "{\"format\":\"talk-catalog/1\",\"title\":\"T\",\"talks\":[" + one + "," + one + "]}";

    assertThatThrownBy(() -> json.read(doc))
        .isInstanceOf(CatalogJsonException.class)
        .hasMessageStartingWith("invalid Catalog at $.talks[1].position: position 3 is given to two talks");
  }

  @Test
  void aYouTubeVideoWithAJavascriptUrlIsRejected() {
    String video = ",\"video\":{\"url\":\"javascript:alert(1)\",\"platform\":\"youtube\",\"id\":\"AAAAAAAAAA1\"}";

    assertThatThrownBy(() -> json.read(talk(video)))
        .isInstanceOf(CatalogJsonException.class)
        .hasMessageStartingWith("invalid Video at $.talks[0].video: a YouTube video's url must start with https://");
  }

  @Test
  void aLimitErrorNamesWhereReadingStopped() {
    String deep = "[".repeat(CatalogJson.MAX_NESTING_DEPTH + 1);
    String doc = "{\"format\":\"talk-catalog/1\",\"title\":\"T\",\"talks\":[],\"x\":" + deep;

    assertThatThrownBy(() -> json.withIgnoreUnknownFields(true).read(doc))
        .isInstanceOf(CatalogJsonException.class)
        .hasMessageContaining("nesting depth")
        .extracting(e -> ((CatalogJsonException) e).path()).asString().startsWith("$.x[0][0]");
  }
}

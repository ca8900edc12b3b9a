package io.github.talkcatalog.jackson3;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.talkcatalog.model.Catalog;
import io.github.talkcatalog.model.Video;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.deser.DeserializationProblemHandler;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;
import tools.jackson.databind.json.JsonMapper;

/** The module reports through Jackson 3's deserialization context, so a mapper's handlers apply. */
class ProblemHandlerTest {

  private static final String VIDEO_WITH_EXTRA = """
      {"url": "https://example.org/v/1", "platform": "other", "quality": [720, 1080]}""";

  @Test
  void aProblemHandlerSkipsAnUnknownField() {
    List<String> seen = new ArrayList<>();
    ObjectMapper mapper = JsonMapper.builder().addModule(new CatalogModule())
        .addHandler(new DeserializationProblemHandler() {
          @Override
          public boolean handleUnknownProperty(DeserializationContext ctxt, JsonParser p,
              ValueDeserializer<?> deserializer, Object beanOrClass, String propertyName) {
            seen.add(((Class<?>) beanOrClass).getSimpleName() + "." + propertyName);
            p.skipChildren();
            return true;
          }
        })
        .build();

    assertThat(mapper.readValue(VIDEO_WITH_EXTRA, Video.class)).isEqualTo(Video.other("https://example.org/v/1"));
    assertThat(seen).containsExactly("Video.quality");
  }

  @Test
  void withoutAHandlerTheUnknownFieldIsRejectedAsJacksonDoes() {
    ObjectMapper mapper = JsonMapper.builder().addModule(new CatalogModule()).build();

    assertThatThrownBy(() -> mapper.readValue(VIDEO_WITH_EXTRA, Video.class))
        .isInstanceOf(UnrecognizedPropertyException.class)
        .hasMessageStartingWith("Unrecognized property \"quality\" (class io.github.talkcatalog.model.Video)")
        .satisfies(e -> assertThat(e.toString()).doesNotContain("internal"));
  }

  @Test
  void severalMissingFieldsAreNamedAtOnce() {
    ObjectMapper mapper = JsonMapper.builder().addModule(new CatalogModule()).build();

    assertThatThrownBy(() -> mapper.readValue("{\"talks\": []}", Catalog.class))
        .isExactlyInstanceOf(MismatchedInputException.class)
        .hasMessageStartingWith("missing required fields \"format\", \"title\" at $");
    assertThatThrownBy(() -> CatalogJson.standard().read("{\"talks\": [{\"position\": 2}]}"))
        .isInstanceOf(CatalogJsonException.class)
        .hasMessageStartingWith("missing required fields \"heading\", \"title\", \"summaryTruncated\""
            + " at $.talks[0] (line 1, column 26)");
  }
}

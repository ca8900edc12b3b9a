package io.github.talkcatalog.jackson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.DeserializationProblemHandler;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.github.talkcatalog.model.Affiliation;
import io.github.talkcatalog.model.Catalog;
import io.github.talkcatalog.model.Organization;
import io.github.talkcatalog.model.Speaker;
import io.github.talkcatalog.model.Talk;
import io.github.talkcatalog.model.Video;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CatalogModuleTest {

  @Test
  void mapperFindsTheModuleThroughServiceLoader() throws Exception {
    ObjectMapper mapper = new ObjectMapper().findAndRegisterModules();

    assertThat(mapper.getRegisteredModuleIds()).contains(CatalogModule.class.getName());
    assertThat(mapper.writeValueAsString(Organization.of("PyTorch Foundation")))
        .isEqualTo("\"PyTorch Foundation\"");
  }

  @Test
  void versionIsTheProjectVersion() {
    assertThat(new CatalogModule().version().toString()).isEqualTo("0.1.0");
    assertThat(new CatalogModule().version().getArtifactId()).isEqualTo("catalog-jackson");
  }

  @Test
  void eachModelTypeWritesAndReadsOnItsOwn() throws Exception {
    ObjectMapper mapper = JsonMapper.builder().addModule(new CatalogModule()).build();
    Speaker speaker = Speaker.of("Matt White", Affiliation.of("Executive Director", "PyTorch Foundation"));
    Video video = Video.builder().from(Video.youtube("ACxHFY_zUb8")).start(90).build();

    String speakerJson = mapper.writeValueAsString(speaker);
    String videoJson = mapper.writeValueAsString(video);

    assertThat(speakerJson).isEqualTo("{\"name\":\"Matt White\",\"affiliations\":"
        + "[{\"role\":\"Executive Director\",\"organization\":\"PyTorch Foundation\"}]}");
    assertThat(videoJson).isEqualTo("{\"url\":\"https://www.youtube.com/watch?v=ACxHFY_zUb8\","
        + "\"platform\":\"youtube\",\"id\":\"ACxHFY_zUb8\",\"start\":90}");
    assertThat(mapper.readValue(speakerJson, Speaker.class)).isEqualTo(speaker);
    assertThat(mapper.readValue(videoJson, Video.class)).isEqualTo(video);
  }

  @Test
  void moduleOptionIsAnImmutableCopy() throws Exception {
    CatalogModule strict = new CatalogModule();
    CatalogModule lenient = strict.withIgnoreUnknownFields(true);
    String doc = "{\"format\":\"talk-catalog/1\",\"title\":\"T\",\"talks\":[],\"extra\":1}";

    assertThat(strict.ignoresUnknownFields()).isFalse();
    assertThat(JsonMapper.builder().addModule(lenient).build().readValue(doc, Catalog.class).title())
        .isEqualTo("T");
    assertThatThrownBy(() -> JsonMapper.builder().addModule(strict).build().readValue(doc, Catalog.class))
        .isInstanceOf(UnrecognizedPropertyException.class)
        .hasMessageStartingWith("Unrecognized field \"extra\" (class io.github.talkcatalog.model.Catalog)")
        .hasMessageContaining("6 known properties: \"format\", \"title\"");
  }

  @Test
  void moduleRejectsDuplicateFieldsEvenWithoutParserDetection() {
    ObjectMapper mapper = JsonMapper.builder().addModule(new CatalogModule()).build();
    String doc = "{\"format\":\"talk-catalog/1\",\"title\":\"A\",\"title\":\"B\",\"talks\":[]}";

    assertThatThrownBy(() -> mapper.readValue(doc, Catalog.class))
        .isInstanceOf(MismatchedInputException.class)
        .hasMessageContaining("duplicate field \"title\" at $.title");
  }

  @Test
  void aProblemHandlerOfTheMapperSkipsAnUnknownField() throws Exception {
    List<String> skipped = new ArrayList<>();
    ObjectMapper mapper = JsonMapper.builder().addModule(new CatalogModule())
        .addHandler(new DeserializationProblemHandler() {
          @Override
          public boolean handleUnknownProperty(DeserializationContext ctxt, JsonParser p,
              JsonDeserializer<?> deserializer, Object beanOrClass, String propertyName) throws IOException {
            skipped.add(((Class<?>) beanOrClass).getSimpleName() + "." + propertyName);
            p.skipChildren();
            return true;
          }
        })
        .build();
    String doc = """
        {"name": "Ana Lima", "nickname": {"short": "Ana"}, "affiliations": [{"role": "CTO"}]}""";

    Speaker read = mapper.readValue(doc, Speaker.class);

    assertThat(read).isEqualTo(Speaker.of("Ana Lima", Affiliation.ofRole("CTO")));
    assertThat(skipped).containsExactly("Speaker.nickname");
  }

  @Test
  void errorsOfAUserMapperAreJacksonsOwnAndNameNoInternalClass() {
    ObjectMapper mapper = JsonMapper.builder().addModule(new CatalogModule()).build();
    String doc = "{\"format\":\"talk-catalog/1\",\"talks\":[{\"position\":1,\"summaryTruncated\":false}]}";

    assertThatThrownBy(() -> mapper.readValue("[1]", Talk.class))
        .isExactlyInstanceOf(MismatchedInputException.class)
        .hasMessageStartingWith("expected an object at $, found an array");
    assertThatThrownBy(() -> mapper.readValue(doc, Catalog.class))
        .isExactlyInstanceOf(MismatchedInputException.class)
        .hasMessageStartingWith("missing required fields \"heading\", \"title\" at $.talks[0]")
        .satisfies(e -> assertThat(e.toString()).doesNotContain("internal"));
  }
}

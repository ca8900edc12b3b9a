package io.github.talkcatalog.jackson3;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.talkcatalog.internal.json.CatalogMapping;
import io.github.talkcatalog.internal.json.Field;
import io.github.talkcatalog.model.Talk;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * A field is added in one place, {@link CatalogMapping}, and both Jackson majors write and read
 * it. The field here is a throwaway: {@code "shout"}, the title in capitals, read back as a label.
 */
class OneMappingTest {

  private static final CatalogMapping WITH_SHOUT = CatalogMapping.standard().with(CatalogMapping.TALK.with(
      Field.optionalString("shout",
          (Talk t) -> t.labels().contains("Keynote") ? Optional.of(t.title().toUpperCase(Locale.ROOT)) : Optional.empty(),
          (Talk.Builder b, String v) -> b.addLabels("shout: " + v))));

  private static final Talk KEYNOTE = Talk.builder().position(1).heading("Keynote: Fast Caches")
      .addLabels("Keynote").title("Fast Caches").summaryTruncated(false).build();

  private final tools.jackson.databind.ObjectMapper jackson3 = tools.jackson.databind.json.JsonMapper.builder()
      .addModule(module3()).build();
  private final com.fasterxml.jackson.databind.ObjectMapper jackson2 =
      new com.fasterxml.jackson.databind.ObjectMapper().registerModule(module2());

  @Test
  void bothMajorsWriteTheAddedFieldAfterTheOthers() throws Exception {
    String expected = "{\"position\":1,\"heading\":\"Keynote: Fast Caches\",\"labels\":[\"Keynote\"],"
        + "\"title\":\"Fast Caches\",\"speakers\":[],\"links\":[],\"summaryTruncated\":false,"
        + "\"shout\":\"FAST CACHES\"}";

    assertThat(jackson3.writeValueAsString(KEYNOTE)).isEqualTo(expected);
    assertThat(jackson2.writeValueAsString(KEYNOTE)).isEqualTo(expected);
  }

  @Test
  void bothMajorsReadTheAddedField() throws Exception {
    String json = "{\"position\":1,\"heading\":\"H\",\"title\":\"T\",\"summaryTruncated\":false,"
        + "\"shout\":\"HEY\"}";

    assertThat(jackson3.readValue(json, Talk.class).labels()).containsExactly("shout: HEY");
    assertThat(jackson2.readValue(json, Talk.class).labels()).containsExactly("shout: HEY");
  }

  @Test
  void withoutTheFieldBothMajorsRejectIt() {
    String json = "{\"position\":1,\"heading\":\"H\",\"title\":\"T\",\"summaryTruncated\":false,"
        + "\"shout\":\"HEY\"}";

    org.assertj.core.api.Assertions.assertThatThrownBy(() -> CatalogJson.standard().read(
            "{\"format\":\"talk-catalog/1\",\"title\":\"C\",\"talks\":[" + json + "]}"))
        .hasMessageStartingWith("unknown field \"shout\" at $.talks[0].shout");
  }

  private static tools.jackson.databind.module.SimpleModule module3() {
    tools.jackson.databind.module.SimpleSerializers s = new tools.jackson.databind.module.SimpleSerializers();
    tools.jackson.databind.module.SimpleDeserializers d = new tools.jackson.databind.module.SimpleDeserializers();
    io.github.talkcatalog.jackson3.internal.Wiring.register(WITH_SHOUT, false, s, d);
    tools.jackson.databind.module.SimpleModule m = new tools.jackson.databind.module.SimpleModule("shout3");
    m.setSerializers(s);
    m.setDeserializers(d);
    return m;
  }

  private static com.fasterxml.jackson.databind.module.SimpleModule module2() {
    com.fasterxml.jackson.databind.module.SimpleModule m =
        new com.fasterxml.jackson.databind.module.SimpleModule("shout2");
    m.setSerializers(io.github.talkcatalog.jackson.internal.Wiring.serializers(WITH_SHOUT));
    m.setDeserializers(io.github.talkcatalog.jackson.internal.Wiring.deserializers(WITH_SHOUT, false));
    return m;
  }
}

package io.github.talkcatalog.jackson3;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.exc.InvalidDefinitionException;
import tools.jackson.databind.json.JsonMapper;
import io.github.talkcatalog.model.Affiliation;
import io.github.talkcatalog.model.Catalog;
import io.github.talkcatalog.model.Speaker;
import io.github.talkcatalog.model.Talk;
import org.junit.jupiter.api.Test;

/** The derived views are not in the format: writing one fails naming its public type. */
class DerivedViewsTest {

  private static final Catalog CATALOG = Catalog.builder().title("Invented Conf").addTalks(
      Talk.builder().position(1).title("Fast Caches").summaryTruncated(false)
          .addSpeakers(Speaker.of("Ana Ruiz", Affiliation.ofOrganization("Acme Labs"))).build()).build();

  private final ObjectMapper mapper = JsonMapper.builder().addModule(new CatalogModule()).build();

  @Test
  void aSpeakerProfileIsRefusedByItsPublicName() {
    assertThatThrownBy(() -> mapper.writeValueAsString(CATALOG.speakers().get(0)))
        .isInstanceOf(InvalidDefinitionException.class)
        .hasMessageStartingWith("io.github.talkcatalog.model.SpeakerProfile is a view derived from a catalog,"
            + " not part of the catalog JSON format; write the Catalog, or the fields you need")
        .hasMessageNotContaining("ImmutableSpeakerProfile");
  }

  @Test
  void anOrganizationProfileInAListIsRefusedByItsPublicName() {
    assertThatThrownBy(() -> mapper.writeValueAsString(CATALOG.organizations()))
        .isInstanceOf(InvalidDefinitionException.class)
        .hasMessageStartingWith("io.github.talkcatalog.model.OrganizationProfile is a view derived from a"
            + " catalog, not part of the catalog JSON format")
        .hasMessageNotContaining("ImmutableOrganizationProfile");
  }
}

package io.github.talkcatalog.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class StaticFactoriesTest {

  @Test
  void blankArgumentsAreIllegalArguments() {
    assertThatThrownBy(() -> Organization.of(" ")).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("organization name must not be blank");
    assertThatThrownBy(() -> Speaker.of("")).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("speaker name must not be blank");
    assertThatThrownBy(() -> Affiliation.of(" ", "Acme")).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("role must not be blank");
    assertThatThrownBy(() -> Affiliation.of("CTO", "\t")).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("organization name must not be blank");
    assertThatThrownBy(() -> Affiliation.ofOrganization("")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Affiliation.ofRole("")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Organization.of(null)).isInstanceOf(NullPointerException.class);
  }

  @Test
  void buildersStillReportAnInconsistentStateAsIllegalState() {
    assertThatThrownBy(() -> Speaker.builder().name(" ").build()).isInstanceOf(IllegalStateException.class);
    assertThat(Affiliation.of("CTO", "Acme").organization().map(Organization::name)).hasValue("Acme");
  }
}

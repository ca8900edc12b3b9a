package io.github.talkcatalog.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class OrganizationAliasesTest {

  @Test
  void namesAreComparedWithoutCaseAccentsOrSpacingEvenWithoutAliases() {
    OrganizationAliases none = OrganizationAliases.none();
    assertThat(none.same("Hugging Face", "huggingface")).isTrue();
    assertThat(none.same("Université Laval", "UNIVERSITE  LAVAL")).isTrue();
    assertThat(none.same("IBM", "IBM Research")).isFalse();
    assertThat(none.isEmpty()).isTrue();
  }

  @Test
  void aliasGroupsThatShareANameMerge() {
    OrganizationAliases aliases = OrganizationAliases.builder()
        .alias("Meta", "Facebook")
        .alias("Google", "Alphabet")
        .alias("FB", "facebook")
        .build();
    assertThat(aliases.same("FB", "Meta")).isTrue();
    assertThat(aliases.same("fb", "META")).isTrue();
    assertThat(aliases.same("Alphabet", "Google")).isTrue();
    assertThat(aliases.same("Google", "Meta")).isFalse();
    assertThat(aliases.same("Amazon", "AWS")).isFalse();
  }

  @Test
  void equalityIgnoresDeclarationOrderAndTrivialGroups() {
    OrganizationAliases a = OrganizationAliases.builder().alias("Meta", "Facebook").build();
    OrganizationAliases b = OrganizationAliases.builder().alias("facebook", "META").alias("Solo").build();
    assertThat(a).isEqualTo(b).hasSameHashCodeAs(b);
    assertThat(OrganizationAliases.builder().alias("Solo").build()).isSameAs(OrganizationAliases.none());
  }

  @Test
  void blankNamesAreRejected() {
    assertThatThrownBy(() -> OrganizationAliases.builder().alias("Meta", " "))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("an organization alias must not be blank");
  }
}

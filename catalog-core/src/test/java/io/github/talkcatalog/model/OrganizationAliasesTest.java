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

  @Test
  void aNamedGroupCarriesTheCallersNameIntoTheOrganizationViews() {
    Catalog c = Catalog.builder().title("Invented")
        .addTalks(talk(1, "Ada Quill", "Facebook"), talk(2, "Bo Tran", "Meta Platforms"),
            talk(3, "Kai Moreno", "Contoso"))
        .build();
    OrganizationAliases named = OrganizationAliases.builder().named(" Meta ", "Facebook", "Meta Platforms").build();
    OrganizationAliases unnamed = OrganizationAliases.builder().alias("Meta", "Facebook", "Meta Platforms").build();

    assertThat(c.organizations(named)).extracting(o -> o.organization().name(), o -> o.talks().size())
        .containsExactly(org.assertj.core.groups.Tuple.tuple("Meta", 2), org.assertj.core.groups.Tuple.tuple("Contoso", 1));
    assertThat(c.organizations(unnamed)).extracting(o -> o.organization().name())
        .containsExactly("Facebook", "Contoso");
    assertThat(named.name("meta platforms")).hasValue("Meta");
    assertThat(named.name("Contoso")).isEmpty();
    assertThat(unnamed.name("Facebook")).isEmpty();
    assertThat(named).isNotEqualTo(unnamed);
    assertThat(named).isEqualTo(OrganizationAliases.builder().named("Meta", "meta platforms", "FACEBOOK").build());
  }

  @Test
  void mergingANamedGroupKeepsTheFirstName() {
    OrganizationAliases a = OrganizationAliases.builder()
        .alias("FB", "Facebook")
        .named("Meta", "Facebook")
        .named("Meta Platforms Inc", "FB")
        .build();
    assertThat(a.name("fb")).hasValue("Meta");
    assertThat(OrganizationAliases.builder().named("Alphabet").build().name("ALPHABET")).hasValue("Alphabet");
  }

  private static Talk talk(int position, String speaker, String organization) {
    return Talk.builder().position(position).heading("T" + position).title("T" + position)
        .addSpeakers(Speaker.of(speaker, Affiliation.ofOrganization(organization))).build();
  }
}

package io.github.talkcatalog.internal.read;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.talkcatalog.model.Affiliation;
import io.github.talkcatalog.model.Speaker;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@link SummaryReader#abstractText} and {@link YearReader#event} on small invented inputs. */
class AbstractAndEventTest {

  private final SpeakerReader reader = new SpeakerReader(List.of());

  /** Reads the speakers the way the parser does: the heading's, then the summary's details. */
  private String abstractOf(String title, String speakerPart, String summary, boolean truncated) {
    List<Speaker> heading = reader.readHeading(speakerPart);
    List<Speaker> speakers = reader.withSummary(
        heading, SummaryReader.speakerText(summary, title).orElse(""), truncated);
    return SummaryReader.abstractText(summary, title, speakers, truncated);
  }

  @Test
  void theAbstractStartsAfterTheLastSpeakersOrganization() {
    assertThat(abstractOf("Fast Caches", "Ann Lee",
        "Fast Caches - Ann Lee, Staff Engineer, Acme Ann shows how caches fail.", false))
        .isEqualTo("Ann shows how caches fail.");
  }

  @Test
  void rolesWithAmpersandsAndSemicolonsDoNotEndTheEchoEarly() {
    assertThat(abstractOf("Tiny Queues", "Bo Chen & Cy Park",
        "Lightning Talk: Tiny Queues - Bo Chen, Founder & CTO, Queuely; Cy Park, R&D Lead, Example Corp "
            + "Queues are everywhere; this talk & its demo show why.", false))
        .isEqualTo("Queues are everywhere; this talk & its demo show why.");
  }

  @Test
  void aSummaryThatIsOnlyTheEchoLeavesNoAbstract() {
    assertThat(abstractOf("Welcome", "Ann Lee", "Keynote: Welcome - Ann Lee, Chair, Example Foundation", false))
        .isEmpty();
  }

  @Test
  void aCutOffEchoLeavesNoAbstract() {
    assertThat(abstractOf("Tiny Queues", "Bo Chen & Cy Park",
        "Tiny Queues - Bo Chen, Founder, Queuely & Cy Park, Lead, Example Corp & Principal Engi", true))
        .isEmpty();
  }

  @Test
  void withoutAnEchoTheAbstractIsTheSummary() {
    List<Speaker> speakers = List.of(Speaker.of("Ann Lee", Affiliation.ofOrganization("Acme")));
    assertThat(SummaryReader.abstractText("Caches fail in three ways.", "Fast Caches", speakers, false))
        .isEqualTo("Caches fail in three ways.");
  }

  @Test
  void aYearGroupWithMoreThanTheYearNamesTheEvent() {
    String text = "Iterators All the Way Down (RegionalPy 2015)";
    assertThat(YearReader.find(text).flatMap(y -> YearReader.event(text, y))).hasValue("RegionalPy 2015");
    String plain = "Undo Trees (2018)";
    assertThat(YearReader.find(plain).flatMap(y -> YearReader.event(plain, y))).isEmpty();
  }
}

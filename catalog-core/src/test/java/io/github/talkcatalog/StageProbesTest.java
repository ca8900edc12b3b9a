package io.github.talkcatalog;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.talkcatalog.model.Talk;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The probes of the staged front half: a fence is read as flexmark reads it, and a link or field is
 * sorted the same under a talk heading as in a list entry (one vocabulary, one link policy).
 */
class StageProbesTest {

  private static final CatalogParser PARSER = CatalogParser.builder().build();

  private static List<String> rules(ParseResult r) {
    return r.diagnostics().stream().map(d -> d.ruleId() + "@" + d.line()).toList();
  }

  @Test
  void listEntryInsideFourBacktickFenceHoldingThreeBackticksIsCode() {
    ParseResult r = PARSER.parse("""
        # Talks

        - [Reading Fences Right](https://www.youtube.com/watch?v=Rf1fake01Aa) - Ona Pike

        ````markdown
        ```
        - [Not A Talk](https://www.youtube.com/watch?v=Nt2fake02Bb) - Kit Doe
        ```
        ````
        """);
    assertThat(r.catalog().talks()).extracting(Talk::title).containsExactly("Reading Fences Right");
  }

  @Test
  void headingInsideFourBacktickFenceIsNoTalk() {
    ParseResult r = PARSER.parse("""
        # Talks

        ## Real Talk
        - Video: https://www.youtube.com/watch?v=Rt3fake03Cc

        ````
        ```
        ## Fenced Heading
        ```
        ````
        """);
    assertThat(r.catalog().talks()).extracting(Talk::title).containsExactly("Real Talk");
  }

  @Test
  void watchLinkToVimeoIsTheVideoUnderAHeadingAsInAList() {
    ParseResult heading = PARSER.parse("""
        # Talks

        ## Queues at Dawn - Ona Pike
        [Watch](https://vimeo.com/100000001)
        """);
    ParseResult list = PARSER.parse("""
        # Talks

        - Queues at Dawn - Ona Pike [Watch](https://vimeo.com/100000001)
        """);
    for (ParseResult r : List.of(heading, list)) {
      Talk t = r.catalog().talks().get(0);
      assertThat(t.title()).isEqualTo("Queues at Dawn");
      assertThat(t.video()).hasValueSatisfying(v -> assertThat(v.url()).isEqualTo("https://vimeo.com/100000001"));
      assertThat(t.links()).isEmpty();
      assertThat(rules(r)).doesNotContain("missing-video@3");
    }
  }

  @Test
  void videosFieldUnderAHeadingIsAFieldNotATalk() {
    ParseResult r = PARSER.parse("""
        # Talks

        ## Queues at Dawn - Ona Pike
        - Videos: <https://www.youtube.com/watch?v=Qd4fake04Dd>
        """);
    assertThat(r.catalog().talks()).singleElement().satisfies(t -> {
      assertThat(t.title()).isEqualTo("Queues at Dawn");
      assertThat(t.video()).hasValueSatisfying(v -> assertThat(v.id()).hasValue("Qd4fake04Dd"));
    });
  }

  @Test
  void videosFieldInAListEntryIsTheEntrysVideo() {
    ParseResult r = PARSER.parse("""
        # Talks

        - Queues at Dawn - Ona Pike
          - Videos: <https://www.youtube.com/watch?v=Qd4fake04Dd>
        """);
    assertThat(r.catalog().talks()).singleElement().satisfies(t -> {
      assertThat(t.title()).isEqualTo("Queues at Dawn");
      assertThat(t.video()).hasValueSatisfying(v -> assertThat(v.id()).hasValue("Qd4fake04Dd"));
    });
  }

  @Test
  void youtubeThumbnailInsideALinkIsTheImageInAListAsUnderAHeading() {
    ParseResult list = PARSER.parse("""
        # Talks

        - Queues at Dawn - Ona Pike [![Queues](https://img.youtube.com/vi/Qd4fake04Dd/0.jpg)](https://www.youtube.com/watch?v=Qd4fake04Dd)
        """);
    assertThat(list.catalog().talks()).singleElement().satisfies(t -> {
      assertThat(t.image()).hasValueSatisfying(i -> assertThat(i.src()).isEqualTo("https://img.youtube.com/vi/Qd4fake04Dd/0.jpg"));
      assertThat(t.video()).hasValueSatisfying(v -> assertThat(v.id()).hasValue("Qd4fake04Dd"));
    });
  }
}

package io.github.talkcatalog.internal.layout;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.talkcatalog.internal.draft.TalkDraft;
import io.github.talkcatalog.model.Collection;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** The small value readers of the layout stage: declared counts, value fields, HTML list text. */
class StageHelpersTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
      There are 53 videos in this list.          | 53 | false
      At least 3 talks, more to come.            | 3  | true
      Over 40 recordings.                        | 40 | true
      A non-exhaustive list of 12 talks.         | 12 | true
      We have 7 short lightning talks.           | 7  | false
      Slides for 2031 talks.                     | -  | -
      Talks from 2019 and 2020.                  | -  | -
      Seven talks, no digits.                    | -  | -
      Room 12 is upstairs.                       | -  | -
      """)
  void declaredCount(String text, Integer count, Boolean lowerBound) {
    Optional<CountStatement.Count> found = CountStatement.read(text, null);
    if (count == null) {
      assertThat(found).isEmpty();
    } else {
      assertThat(found).contains(new CountStatement.Count(count, lowerBound));
    }
  }

  @Test
  void theCollectionsOwnCountIsNotTheCatalogs() {
    Collection c = Collection.builder().url("https://www.youtube.com/playlist?list=PLx").label("117 videos").size(117)
        .build();
    assertThat(CountStatement.read("See all 117 videos here.", c)).isEmpty();
    assertThat(CountStatement.read("See all 117 videos here.", null)).contains(new CountStatement.Count(117, false));
  }

  @Test
  void valueFieldsFillTheTalk() {
    TalkDraft.Builder t = new TalkDraft.Builder();
    assertThat(FieldValues.read("Duration", " 1:02:03 ", t)).isTrue();
    assertThat(FieldValues.read("year", "2031", t)).isTrue();
    assertThat(FieldValues.read("Event", "Widget Summit", t)).isTrue();
    assertThat(FieldValues.read("Event", "Second Event", t)).isTrue();
    assertThat(FieldValues.read("Video", "https://youtu.be/aaaaaaaaaaa", t)).isFalse();
    assertThat(t.duration).isEqualTo(3723);
    assertThat(t.year).isEqualTo(2031);
    assertThat(t.event).isEqualTo("Widget Summit");
  }

  @Test
  void valueFieldsThatDoNotReadLeaveTheTalkAlone() {
    TalkDraft.Builder t = new TalkDraft.Builder();
    assertThat(FieldValues.read("Duration", "about an hour", t)).isTrue();
    assertThat(FieldValues.read("Year", "twenty", t)).isTrue();
    assertThat(FieldValues.read("Year", "1234567890", t)).isTrue();
    assertThat(FieldValues.read("Event", "  ", t)).isTrue();
    assertThat(t.duration).isNull();
    assertThat(t.year).isNull();
    assertThat(t.event).isNull();
  }

  @Test
  void aTitleFieldSaysWhereTheTitleIsInTheHeading() {
    TalkDraft.Builder t = new TalkDraft.Builder();
    t.heading = "Keynote: Deep Dive: Caching - Tricks - Ann Lee";
    t.title = "Deep Dive: Caching";
    FieldValues.read("Title", "Caching - Tricks", t);
    FieldValues.applyTitle(t);
    assertThat(t.title).isEqualTo("Caching - Tricks");
    assertThat(t.labels).containsExactly("Keynote", "Deep Dive");
    assertThat(t.speakerPart).isEqualTo("Ann Lee");

    TalkDraft.Builder whole = new TalkDraft.Builder();
    whole.heading = "A - B";
    FieldValues.read("Title", "A - B", whole);
    FieldValues.applyTitle(whole);
    assertThat(whole.title).isEqualTo("A - B");
    assertThat(whole.labels).isEmpty();
    assertThat(whole.speakerPart).isNull();

    TalkDraft.Builder elsewhere = new TalkDraft.Builder();
    elsewhere.heading = "Something Else - Bo Tran";
    elsewhere.speakerPart = "Bo Tran";
    FieldValues.read("Title", "Not In The Heading", elsewhere);
    FieldValues.applyTitle(elsewhere);
    assertThat(elsewhere.title).isEqualTo("Not In The Heading");
    assertThat(elsewhere.speakerPart).isEqualTo("Bo Tran");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      <a href="https://youtu.be/x">Title</a> by <strong>Ann Lee</strong> | [Title](https://youtu.be/x) by **Ann Lee**
      <b>Bold</b><br>next <em>line</em>                                   | **Bold** next line
      <a href='u v)'>t</a>                                                | [t](u%20v%29)
      <a name="anchor">no link</a>                                        | no link
      <a href="https://e.org/?a=1&amp;b=2">q</a>                          | [q](https://e.org/?a=1&b=2)
      <a href=bare>open                                                   | [open](bare)
      text < not a tag                                                    | text < not a tag
      """)
  void htmlListMarkupAsInlineMarkdown(String html, String markdown) {
    assertThat(HtmlText.toMarkdown(html)).isEqualTo(markdown);
  }

  @Test
  void parserSettingsCopyAndReport() {
    java.util.List<String> labels = new java.util.ArrayList<>(List.of("Keynote"));
    ParserSettings s = new ParserSettings(labels, 200, io.github.talkcatalog.Strictness.LENIENT, List.of("Acme"),
        java.util.Set.of("missing-video"));
    labels.add("Panel");
    assertThat(s.labels()).containsExactly("Keynote");
    assertThat(s.reports("missing-video")).isFalse();
    assertThat(s.reports("duplicate-video")).isTrue();
  }
}

package io.github.talkcatalog.internal.read;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.talkcatalog.internal.draft.TalkDraft;
import io.github.talkcatalog.model.Link;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The one vocabulary and the one link policy, row by row. */
class VocabularyTest {

  @ParameterizedTest
  @CsvSource({
      "Video, true", "Videos, true", " youtube , true", "Slides, true", "Where, true", "Recordings, true",
      "Keynote, false", "Ann Lee, false"})
  void fieldLabels(String label, boolean field) {
    assertThat(Vocabulary.isFieldLabel(label)).isEqualTo(field);
  }

  @ParameterizedTest
  @CsvSource({"Video, true", "Videos, true", "URL, true", "Link, true", "Slides, false", "Where, false"})
  void videoFields(String label, boolean video) {
    assertThat(Vocabulary.isVideoField(label)).isEqualTo(video);
  }

  @ParameterizedTest
  @CsvSource({"Watch, true", "[Video], true", ":cinema:, true", "Watch (12:30), true", "Slides, false",
      "Link, false", "Queues at Dawn, false"})
  void videoLinkLabels(String text, boolean video) {
    assertThat(Vocabulary.isVideoLinkLabel(text)).isEqualTo(video);
  }

  @ParameterizedTest
  @CsvSource({"[[Slides]], true", "yt, true", "🎥, true", "Queues at Dawn, false"})
  void genericLabels(String text, boolean generic) {
    assertThat(Vocabulary.isGenericLabel(text)).isEqualTo(generic);
  }

  @ParameterizedTest
  @CsvSource({"https://vimeo.com/1, true", "https://media.ccc.de/v/x, true", "https://example.org/v, false",
      "not a url, false"})
  void videoHosts(String url, boolean host) {
    assertThat(Vocabulary.isVideoHost(url)).isEqualTo(host);
  }

  @ParameterizedTest
  @CsvSource({"https://example.org/2031/room-b/queues.webm, true", "http://mirror.example.net/x/Talk.MP4, true",
      "https://example.org/talk.mp4?download=1, true", "https://example.org/webm/queues, false",
      "https://example.org/slides.pdf, false", "https://social.example/profile/ann.mov, false",
      "not a url, false"})
  void videoFiles(String url, boolean file) {
    assertThat(Vocabulary.isVideoFile(url)).isEqualTo(file);
  }

  @ParameterizedTest
  @CsvSource(delimiter = ';', value = {"Blogs; true", "Blog posts; true", "Статьи; true", "Further reading; true",
      "Talks & articles; false", "Videos and Podcasts; false", "KubeCon EU 2031; false", "Postgres Day; false"})
  void sectionHeadingsNamingThingsThatAreNotTalks(String heading, boolean notTalks) {
    assertThat(Vocabulary.namesNotTalks(heading)).isEqualTo(notTalks);
  }

  @ParameterizedTest
  @CsvSource({"**Title**, TITLE", "Speaker(s), SPEAKER", "Watch Here, VIDEO", "Slide Deck, SLIDES", "Date, OTHER"})
  void tableColumns(String header, Vocabulary.Column role) {
    assertThat(Vocabulary.column(header)).isEqualTo(role);
  }

  @Test
  void linkPolicySortsVideoImageAndLinks() {
    TalkDraft.Builder t = new TalkDraft.Builder();
    assertThat(LinkPolicy.offer(t, "", "", "#anchor", false, false, 1, 1)).isFalse();
    LinkPolicy.offer(t, "", "thumb", "https://img.youtube.com/vi/Ab1fake01Cd/0.jpg", true, false, 2, 3);
    LinkPolicy.offer(t, "Watch", "Watch", "https://www.youtube.com/watch?v=Ab1fake01Cd", false, false, 2, 1);
    LinkPolicy.offer(t, "", "", "https://youtu.be/Ab1fake01Cd", false, false, 3, 1);
    LinkPolicy.offer(t, "Watch", "Watch", "https://vimeo.com/1", false, false, 4, 1);
    LinkPolicy.offer(t, "Slides", "Slides", "https://example.org/s.pdf", false, false, 5, 1);
    LinkPolicy.offer(t, "Slides", "Slides", "https://example.org/s.pdf", false, false, 6, 1);
    TalkDraft d = t.build();
    assertThat(d.image().src()).isEqualTo("https://img.youtube.com/vi/Ab1fake01Cd/0.jpg");
    assertThat(d.imageLine()).isEqualTo(2);
    assertThat(d.video().id()).hasValue("Ab1fake01Cd");
    assertThat(d.links()).containsExactly(Link.of("Watch", "https://vimeo.com/1"),
        Link.of("Slides", "https://example.org/s.pdf"));
  }

  @Test
  void videoFieldMakesAnyLinkTheVideoButNotAPlaylist() {
    TalkDraft.Builder t = new TalkDraft.Builder();
    LinkPolicy.offer(t, "Video", "", "https://www.youtube.com/playlist?list=PLfake", false, true, 1, 1);
    assertThat(t.video).isNull();
    LinkPolicy.offer(t, "Video", "", "https://example.org/recordings/7", false, true, 2, 1);
    assertThat(t.video.url()).isEqualTo("https://example.org/recordings/7");
  }
}

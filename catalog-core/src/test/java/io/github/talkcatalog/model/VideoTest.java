package io.github.talkcatalog.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class VideoTest {

  @Test
  void fromUrlGivesTheCanonicalVideoWithItsStart() {
    Video v = Video.fromUrl(" https://youtu.be/TalkVideo01?t=1m30s ").orElseThrow();
    assertThat(v.platform()).isEqualTo(Platform.YOUTUBE);
    assertThat(v.id()).contains("TalkVideo01");
    assertThat(v.url()).isEqualTo("https://www.youtube.com/watch?v=TalkVideo01");
    assertThat(v.start()).hasValue(90);
    assertThat(Video.fromUrl("https://www.youtube.com/playlist?list=PLabcdefghij")).isEmpty();
    assertThat(Video.fromUrl("https://vimeo.com/123456789")).isEmpty();
    assertThat(Video.fromUrl("")).isEmpty();
  }

  @Test
  void thumbnailAndEmbedUrlsOfAYouTubeVideo() {
    Video v = Video.youtube("TalkVideo01");
    assertThat(v.thumbnailUrl()).contains("https://i.ytimg.com/vi/TalkVideo01/hqdefault.jpg");
    assertThat(v.embedUrl()).contains("https://www.youtube.com/embed/TalkVideo01");
    Video started = Video.builder().from(v).start(95).build();
    assertThat(started.embedUrl()).contains("https://www.youtube.com/embed/TalkVideo01?start=95");
    assertThat(Video.builder().from(v).start(0).build().embedUrl())
        .contains("https://www.youtube.com/embed/TalkVideo01");
  }

  @Test
  void anotherPlatformHasNoThumbnailOrEmbedUrl() {
    Video v = Video.other("https://vimeo.com/123456789");
    assertThat(v.thumbnailUrl()).isEmpty();
    assertThat(v.embedUrl()).isEmpty();
  }

  @Test
  void youtubeTakesAnIdAndPointsAUrlAtFromUrl() {
    assertThatThrownBy(() -> Video.youtube("https://youtu.be/TalkVideo01"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("not an 11-character YouTube id: 'https://youtu.be/TalkVideo01'; to read a URL,"
            + " use Video.fromUrl");
    assertThatThrownBy(() -> Video.youtube("short"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("not an 11-character YouTube id: 'short'");
  }
}

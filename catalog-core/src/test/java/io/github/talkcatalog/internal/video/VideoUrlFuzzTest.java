package io.github.talkcatalog.internal.video;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/** Properties of {@link VideoUrl} on any string. */
class VideoUrlFuzzTest {

  /** Never throws; an id it returns is 11 characters of {@code [A-Za-z0-9_-]}; a start is >= 0. */
  @FuzzTest(maxDuration = "30s")
  void youtubeNeverThrowsAndReturnsWellFormedIds(byte[] data) {
    String url = new String(data, StandardCharsets.UTF_8);
    Optional<VideoUrl.YouTubeRef> ref = VideoUrl.youtube(url);
    ref.ifPresent(r -> {
      assertThat(r.id()).matches("[A-Za-z0-9_-]{11}");
      r.start().ifPresent(s -> assertThat(s).isNotNegative());
    });
    if (VideoUrl.isPlaylist(url)) {
      assertThat(ref).isEmpty();
      assertThat(VideoUrl.playlistId(url)).get().asString().matches("[A-Za-z0-9_-]+");
    }
  }
}

package io.github.talkcatalog.internal.video;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.talkcatalog.model.Video;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/** Properties of {@link VideoUrl} on any string. */
class VideoUrlFuzzTest {

  /**
   * Never throws; an id it returns is 11 characters of {@code [A-Za-z0-9_-]}; a start is >= 0;
   * {@link Video#fromUrl} gives exactly the video of {@link VideoUrl#youtubeOrId}; a bare id is
   * never read as a URL.
   */
  @FuzzTest(maxDuration = "30s")
  void youtubeNeverThrowsAndReturnsWellFormedIds(byte[] data) {
    String url = new String(data, StandardCharsets.UTF_8);
    Optional<VideoUrl.YouTubeRef> ref = VideoUrl.youtube(url);
    ref.ifPresent(r -> {
      assertThat(r.id()).matches("[A-Za-z0-9_-]{11}");
      r.start().ifPresent(s -> assertThat(s).isNotNegative());
    });
    Optional<VideoUrl.YouTubeRef> orId = VideoUrl.youtubeOrId(url);
    Optional<Video> video = Video.fromUrl(url);
    assertThat(video.flatMap(Video::id)).isEqualTo(orId.map(VideoUrl.YouTubeRef::id));
    assertThat(video.map(Video::start)).isEqualTo(orId.map(VideoUrl.YouTubeRef::start));
    if (ref.isPresent()) {
      assertThat(orId).isEqualTo(ref);
    }
    if (Video.isYouTubeId(url.strip())) {
      assertThat(ref).isEmpty();
    }
    if (VideoUrl.isPlaylist(url)) {
      assertThat(ref).isEmpty();
      assertThat(VideoUrl.playlistId(url)).get().asString().matches("[A-Za-z0-9_-]+");
    }
  }
}

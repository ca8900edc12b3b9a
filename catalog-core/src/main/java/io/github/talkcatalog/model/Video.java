package io.github.talkcatalog.model;

import io.github.talkcatalog.internal.video.VideoUrl;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import org.immutables.value.Value;

/**
 * A talk's recording.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class Video {

  Video() {}

  /**
   * {@return for YouTube, the canonical {@code https://www.youtube.com/watch?v=ID}; otherwise the
   * URL as written}
   */
  public abstract String url();

  /** {@return the host of the recording} */
  public abstract Platform platform();

  /**
   * {@return the 11-character YouTube video id; present exactly when the platform is YouTube}
   */
  public abstract Optional<String> id();

  /**
   * {@return the start offset in seconds when the URL carries one ({@code t=90}, {@code t=1m30s});
   * never negative, empty when the URL carries none}
   */
  public abstract OptionalInt start();

  /**
   * Returns a YouTube video with its canonical URL.
   *
   * @param id the 11-character video id, not a URL (to read a URL, use {@link #fromUrl(String)})
   * @return the video, without a start offset
   * @throws IllegalStateException if {@code id} is not 11 characters of {@code [A-Za-z0-9_-]}; the
   *     message points at {@link #fromUrl(String)} when {@code id} looks like a URL
   * @throws NullPointerException if {@code id} is null
   */
  public static Video youtube(String id) {
    Objects.requireNonNull(id, "id");
    if (!isYouTubeId(id) && (id.contains("/") || id.contains("."))) {
      throw new IllegalStateException("not an 11-character YouTube id: '" + id
          + "'; to read a URL, use Video.fromUrl");
    }
    return builder().platform(Platform.YOUTUBE).id(id).url(canonicalYouTubeUrl(id)).build();
  }

  /**
   * Reads a YouTube video from a URL, as the parser reads video links: {@code youtube.com/watch?v=ID},
   * {@code youtu.be/ID}, {@code /embed/ID}, {@code /shorts/ID}, {@code /live/ID}, {@code /v/ID},
   * {@code youtube-nocookie.com}, {@code youtubekids.com}, {@code m.}, {@code music.} and other
   * {@code youtube.com} sub-domains, {@code #!v=} and {@code #/watch?v=} fragments,
   * {@code attribution_link} URLs, and more: every single-video form that yt-dlp reads on YouTube's
   * own hosts (the full list is in {@code docs/layouts.md}, "Video links"). A bare 11-character id
   * is read as that id. The start offset comes from {@code t=}, {@code start=},
   * {@code time_continue=} or a {@code #t=} fragment ({@code 90}, {@code 90s}, {@code 1m30s}).
   *
   * <p>A URL that does not name exactly one YouTube video gives {@link Optional#empty()}: a
   * playlist ({@code /playlist?list=}, {@code embed/videoseries?list=}), a channel, handle or user
   * page ({@code /channel/…}, {@code /@name}, {@code /c/…}, {@code /user/…},
   * {@code embed/live_stream?channel=…}), a feed or search page, another host (a Vimeo URL, an
   * Invidious mirror), an id that is not 11 characters, or text that is not a URL. To keep a
   * recording on another platform, use {@link #other(String)}.
   *
   * @param url a URL or a bare id; surrounding white space is ignored
   * @return the YouTube video with its canonical {@link #url()}, its {@link #id()} and its
   *     {@link #start()} when the URL carries one; empty when {@code url} names no single YouTube
   *     video
   * @throws NullPointerException if {@code url} is null
   * @since 0.2.0
   */
  public static Optional<Video> fromUrl(String url) {
    Objects.requireNonNull(url, "url");
    return VideoUrl.youtubeOrId(url).map(ref -> {
      Builder b = builder().platform(Platform.YOUTUBE).id(ref.id()).url(canonicalYouTubeUrl(ref.id()));
      ref.start().ifPresent(b::start);
      return b.build();
    });
  }

  /**
   * {@return for YouTube, the URL of the video's 480×360 thumbnail,
   * {@code https://i.ytimg.com/vi/ID/hqdefault.jpg}; empty for another platform}
   *
   * @since 0.2.0
   */
  public Optional<String> thumbnailUrl() {
    return id().map(id -> "https://i.ytimg.com/vi/" + id + "/hqdefault.jpg");
  }

  /**
   * {@return for YouTube, the URL to put in an {@code <iframe>}:
   * {@code https://www.youtube.com/embed/ID}, or {@code https://www.youtube.com/embed/ID?start=N}
   * when the video has a {@linkplain #start() start offset} of {@code N} seconds (N > 0); empty for
   * another platform}
   *
   * @since 0.2.0
   */
  public Optional<String> embedUrl() {
    return id().map(id -> "https://www.youtube.com/embed/" + id
        + (start().isPresent() && start().getAsInt() > 0 ? "?start=" + start().getAsInt() : ""));
  }

  /**
   * Returns a video on another platform.
   *
   * @param url the URL as written
   * @return the video
   */
  public static Video other(String url) {
    return builder().platform(Platform.OTHER).url(url).build();
  }

  /**
   * The canonical watch URL of a YouTube video id.
   *
   * @param id the 11-character video id
   * @return {@code https://www.youtube.com/watch?v=ID}
   */
  public static String canonicalYouTubeUrl(String id) {
    return "https://www.youtube.com/watch?v=" + id;
  }

  /** {@return a new, empty builder; {@code url} and {@code platform} are required} */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link Video}; {@code build()} throws {@link IllegalStateException} when a required
   * attribute is missing, a YouTube video has no id, the id is not YouTube-shaped, or the start is
   * negative.
   *
   * @since 0.1.0
   */
  public static final class Builder extends ImmutableVideo.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    if (platform() == Platform.YOUTUBE && id().isEmpty()) {
      throw new IllegalStateException("a YouTube video needs its id");
    }
    if (id().isPresent() && !isYouTubeId(id().get())) {
      throw new IllegalStateException("not an 11-character YouTube id: '" + id().get() + "'");
    }
    if (start().isPresent() && start().getAsInt() < 0) {
      throw new IllegalStateException("start must be >= 0 seconds");
    }
  }

  /**
   * Whether {@code s} has the shape of a YouTube video id: exactly 11 characters of
   * {@code [A-Za-z0-9_-]}.
   *
   * @param s any string
   * @return true for an id-shaped string
   * @throws NullPointerException if {@code s} is null
   */
  public static boolean isYouTubeId(String s) {
    return VideoUrl.isYouTubeId(s);
  }
}

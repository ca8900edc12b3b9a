package io.github.talkcatalog.model;

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
   * @param id the 11-character video id
   * @return the video, without a start offset
   * @throws IllegalStateException if {@code id} is not 11 characters of {@code [A-Za-z0-9_-]}
   */
  public static Video youtube(String id) {
    return builder().platform(Platform.YOUTUBE).id(id).url(canonicalYouTubeUrl(id)).build();
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
    if (s.length() != 11) {
      return false;
    }
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      boolean ok = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')
          || c == '_' || c == '-';
      if (!ok) {
        return false;
      }
    }
    return true;
  }
}

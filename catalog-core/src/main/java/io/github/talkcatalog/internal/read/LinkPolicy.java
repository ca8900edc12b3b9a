package io.github.talkcatalog.internal.read;

import io.github.talkcatalog.internal.draft.TalkDraft;
import io.github.talkcatalog.internal.video.VideoUrl;
import io.github.talkcatalog.model.Image;
import io.github.talkcatalog.model.Link;
import io.github.talkcatalog.model.Video;
import java.util.Optional;

/**
 * Where a link of a talk goes — its video, its image, its other links, or nowhere — decided the
 * same way under a talk heading, in a list entry, a table row and a detail page:
 *
 * <ol>
 *   <li>An empty URL or an anchor ({@code #id}) is not the talk's link.
 *   <li>An image is the talk's image when it has none yet (a clickable thumbnail included).
 *   <li>A playlist is one of the links, and so is a video URL of a playlist whose label names it a
 *       playlist ({@code [Playlist](https://www.youtube.com/watch?v=ID&list=PL…)}): the link is the
 *       playlist, the video only where it starts ({@link #isPlaylistLink}).
 *   <li>A YouTube URL is the video when the talk has none; the same video again is dropped; another
 *       YouTube video is one of the links.
 *   <li>Otherwise, when the talk has no video yet, a link in a video field ({@code - Video: URL}),
 *       to a video host ({@link Vocabulary#isVideoHost}), to a video file ({@link Vocabulary#isVideoFile})
 *       or labelled as a recording
 *       ({@code [Watch](…)}) is the video.
 *   <li>Everything else is one of the links, once.
 * </ol>
 */
public final class LinkPolicy {

  private LinkPolicy() {}

  /**
   * Sorts one link into the talk.
   *
   * @param talk the talk being read
   * @param label the link's label as the talk's links show it ({@code ""} for none)
   * @param text the link's own text (for an image: its alt text)
   * @param url the destination
   * @param image whether the link is an image
   * @param videoField whether the link is the value of a video field
   * @param line 1-based line of the link
   * @param column 1-based column of the link
   * @return whether the link belongs to the talk (false for an anchor or an empty URL)
   */
  public static boolean offer(TalkDraft.Builder talk, String label, String text, String url, boolean image,
      boolean videoField, int line, int column) {
    if (url.isEmpty() || url.startsWith("#")) {
      return false;
    }
    if (image) {
      if (talk.image == null) {
        talk.image = Image.of(url, text);
        talk.imageLine = line;
        talk.imageColumn = column;
      }
      return true;
    }
    if (isPlaylistLink(label, url) || isPlaylistLink(text, url)) {
      addLink(talk, Link.of(label, url));
      return true;
    }
    Optional<VideoUrl.YouTubeRef> ref = VideoUrl.youtube(url);
    if (ref.isPresent()) {
      if (talk.video == null) {
        talk.video = video(ref.get());
      } else if (!talk.video.id().orElse("").equals(ref.get().id())) {
        addLink(talk, Link.of(label, url));
      }
      return true;
    }
    if (talk.video == null && !VideoUrl.isPlaylist(url)
        && (videoField || isVideo(url) || Vocabulary.isVideoLinkLabel(label))) {
      talk.video = Video.other(url);
      return true;
    }
    addLink(talk, Link.of(label, url));
    return true;
  }

  /**
   * Whether a URL is a talk's video by itself (YouTube, a video host, or a video file such as
   * {@code talk.webm}), whatever its label.
   *
   * @param url a URL
   * @return true for a YouTube video or a video host's page
   */
  public static boolean isVideo(String url) {
    return VideoUrl.youtube(url).isPresent() || Vocabulary.isVideoHost(url) || Vocabulary.isVideoFile(url);
  }

  /**
   * Whether a link names a playlist: a YouTube URL with a {@code list=} id whose label says
   * {@code playlist}. Such a link is the playlist (a link of each talk it is shared by), never a
   * talk's video, even when the URL also names the video the playlist starts with.
   *
   * @param label the link's text or field label
   * @param url the destination
   * @return true for {@code [YouTube Playlist](https://www.youtube.com/watch?v=ID&list=PL…)}
   */
  public static boolean isPlaylistLink(String label, String url) {
    return VideoUrl.playlistId(url).isPresent() && Vocabulary.normalizedLabel(label).contains("playlist");
  }

  private static void addLink(TalkDraft.Builder talk, Link link) {
    if (!talk.links.contains(link)) {
      talk.links.add(link);
    }
  }

  /**
   * The video of a YouTube reference, with its start offset.
   *
   * @param ref the reference
   * @return the video
   */
  public static Video video(VideoUrl.YouTubeRef ref) {
    Video.Builder b = Video.builder().from(Video.youtube(ref.id()));
    ref.start().ifPresent(b::start);
    return b.build();
  }
}

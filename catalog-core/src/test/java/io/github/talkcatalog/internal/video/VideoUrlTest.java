package io.github.talkcatalog.internal.video;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.talkcatalog.model.Video;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The URL forms of yt-dlp's {@code YoutubeIE} ({@code _VALID_URL} and its tests, {@code
 * only_matching} ones included) and the tab, channel and playlist URLs of its {@code _tab.py} and
 * {@code _redirect.py}, each with an invented id. A row is {@code URL -> ID}, {@code URL -> ID@N}
 * (start offset N seconds) or {@code URL -> none}.
 */
class VideoUrlTest {

  /** Single-video forms: every one gives its id. */
  private static final String VIDEOS = """
      # watch?v= with extra parameters, any scheme, host case
      https://www.youtube.com/watch?v=TalkVideo01&t=1s&end=9                   -> TalkVideo01@1
      //www.YouTube.com/watch?v=TalkVideo02                                      -> TalkVideo02
      https://www.youtube.com/watch?v=TalkVideo01&v=TalkVideo02                  -> TalkVideo01
      https://youtube.com/watch?v=Tq_-aB3dE9x                                    -> Tq_-aB3dE9x
      http://youtube.com/watch?v=Tq_-aB3dE9x&feature=share                       -> Tq_-aB3dE9x
      https://www.youtube.com/watch?feature=player_embedded&v=Mx9pQ-r_T0a        -> Mx9pQ-r_T0a
      HTTPS://WWW.YOUTUBE.COM/watch?v=Mx9pQ-r_T0a                                -> Mx9pQ-r_T0a
      https://www.youtube.com./watch?v=Mx9pQ-r_T0a                               -> Mx9pQ-r_T0a
      https://www.youtube.com:443/watch?v=Mx9pQ-r_T0a                            -> Mx9pQ-r_T0a
      # &amp;-escaped queries and ; separators
      https://www.youtube.com/watch?feature=player_embedded&amp;amp;v=Vd36ab_Qz7Y -> Vd36ab_Qz7Y
      https://www.youtube.com/watch?v=Vd36ab_Qz7Y&amp;t=90                       -> Vd36ab_Qz7Y@90
      https://www.youtube.com/watch?s=tuff;v=Vd36ab_Qz7Y                         -> Vd36ab_Qz7Y
      # the other watch pages
      https://www.youtube.com/watch_popup?v=Pop_up0000a                          -> Pop_up0000a
      http://www.youtube.com/watch.php?v=PhpWatch_01                             -> PhpWatch_01
      https://www.youtube.com/movie?v=MovieForm01                                -> MovieForm01
      https://www.youtube.com/movie_popup.php?v=MovieForm01                      -> MovieForm01
      https://www.youtube.com/watch/?v=SlashWatch1                               -> SlashWatch1
      https://www.youtube.com/?v=NoWatchPg01                                    -> NoWatchPg01
      https://www.youtube.com?v=NoWatchPg01                                     -> NoWatchPg01
      # fragments: #v=, #!v=, and the #/ redirect
      https://www.youtube.com/#v=HashForm001                                     -> HashForm001
      https://www.youtube.com/watch#!v=HashBang001                               -> HashBang001
      https://www.youtube.com/?feature=player_embedded#!v=HashBang002            -> HashBang002
      https://www.youtube.com/#!feature=x&v=HashBang003                          -> HashBang003
      https://m.youtube.com/#/watch?v=MobileHash1                                -> MobileHash1
      https://www.youtube.com/tv#/watch?v=TvHashForm1&t=2m                       -> TvHashForm1@120
      https://www.youtube.com/channel/UCabc#/watch?v=TvHashForm1                 -> TvHashForm1
      https://www.youtube.com/#/embed/TvHashForm2                                -> TvHashForm2
      # path forms
      https://www.youtube.com/embed/EmbedForm01                                  -> EmbedForm01
      https://www.youtube.com/embed/EmbedForm01?start=75&rel=0                   -> EmbedForm01@75
      https://www.youtube.com/embed/EmbedForm01/                                 -> EmbedForm01
      https://www.youtube-nocookie.com/embed/NoCookie_01                         -> NoCookie_01
      https://youtube-nocookie.com/embed/NoCookie_01?list=PLabcdefgh             -> NoCookie_01
      http://www.youtube.com/v/OldFlash_01                                       -> OldFlash_01
      http://www.youtube.com/v/OldFlash_01?version=3&autohide=1                  -> OldFlash_01
      http://www.youtube.com/v/OldFlash_01&hl=en_US&fs=1                         -> OldFlash_01
      https://youtube.googleapis.com/v/GoogleApis1                               -> GoogleApis1
      https://www.youtube.com/e/EFormVideo1                                      -> EFormVideo1
      https://www.youtube.com/shorts/ShortsForm1                                 -> ShortsForm1
      https://youtube.com/shorts/ShortsForm1?feature=share                       -> ShortsForm1
      https://www.youtube.com/live/LiveForm001                                   -> LiveForm001
      https://www.youtube.com/live/LiveForm001?si=abc&t=3725                     -> LiveForm001@3725
      # hosts: sub-domains of youtube.com, youtubekids.com
      https://m.youtube.com/watch?v=MobileHost1                                  -> MobileHost1
      https://music.youtube.com/watch?v=MusicHost01                              -> MusicHost01
      https://gaming.youtube.com/watch?v=GamingHost1                             -> GamingHost1
      https://www.youtubekids.com/watch?v=KidsHost001                            -> KidsHost001
      https://youtubekids.com/watch?v=KidsHost001                                -> KidsHost001
      # youtu.be
      http://youtu.be/ShortLink01                                                -> ShortLink01
      https://youtu.be/ShortLink01?t=1h2m3s                                      -> ShortLink01@3723
      https://youtu.be/ShortLink01?list=PLabcdefghij                             -> ShortLink01
      https://youtu.be/ShortLink01?si=Xy12                                       -> ShortLink01
      https://youtu.be/ShortLink01&feature=share                                 -> ShortLink01
      https://youtu.be/ShortLink01#t=45                                          -> ShortLink01@45
      # no scheme, when the text starts with a YouTube host
      youtube.com/watch?v=NoScheme001                                            -> NoScheme001
      www.youtube.com/watch?v=NoScheme001                                        -> NoScheme001
      youtu.be/NoScheme001                                                       -> NoScheme001
      # a list= next to a video id is that video (yt-dlp hands it to its playlist reader)
      https://www.youtube.com/watch?v=InAList0001&list=PLabcdefghij              -> InAList0001
      https://www.youtube.com/watch?list=PLabcdefghij&feature=youtu.be&v=InAList0002 -> InAList0002
      https://www.youtube.com/watch?v=InAList0003&list=RDMM                      -> InAList0003
      https://www.youtubekids.com/watch?v=InAList0004&list=PUabcdefghij          -> InAList0004
      # redirects: attribution_link, the cookie consent page
      http://www.youtube.com/attribution_link?a=Jd0C9V6Z&u=%2Fwatch%3Fv%3DAttribLink1%26feature%3Dshare -> AttribLink1
      https://www.youtube.com/attribution_link?a=8g8kPrPI&u=/watch%3Fv%3DAttribLink2%26feature%3Dem-uploademail -> AttribLink2
      https://consent.youtube.com/m?continue=https%3A%2F%2Fwww.youtube.com%2Flive%2FConsentPg01%3Fcbrd%3D1&gl=NL -> ConsentPg01
      # thumbnails name their video
      https://img.youtube.com/vi/ThumbImage1/0.jpg                               -> ThumbImage1
      https://i.ytimg.com/vi/ThumbImage1/hqdefault.jpg                           -> ThumbImage1
      https://i3.ytimg.com/vi_webp/ThumbImage1/maxresdefault.webp                -> ThumbImage1
      """;

  /** URLs that name no single video: channels, tabs, playlists, feeds, mirrors, bad ids. */
  private static final String NOT_VIDEOS = """
      # channel, user, handle and tab pages (_tab.py)
      https://www.youtube.com/channel/UCabcdefghijklmnopqrstuv                   -> none
      https://www.youtube.com/channel/UCabcdefghijklmnopqrstuv/videos?view=0&sort=p -> none
      https://www.youtube.com/channel/UCabcdefghijklmnopqrstuv/live              -> none
      https://www.youtube.com/channel/UCabcdefghijklmnopqrstuv/featured          -> none
      https://www.youtube.com/c/SomeChannel/playlists?view=1&flow=grid           -> none
      https://www.youtube.com/c/SomeChannel/search?query=linear%20algebra        -> none
      https://www.youtube.com/c/SomeChannel/live                                 -> none
      https://www.youtube.com/user/someuser/playlists                            -> none
      https://www.youtube.com/user/someuser/live                                 -> none
      https://www.youtube.com/@SomeHandle                                        -> none
      https://www.youtube.com/@SomeHandle/shorts                                 -> none
      https://www.youtube.com/@SomeHandle/about                                  -> none
      https://www.youtube.com/TalkChannel                                        -> none
      https://www.youtube.com/TalkChannel/videos                                 -> none
      https://www.youtube.com/TalkChannel/live                                   -> none
      https://www.youtubekids.com/channel/UCabcdefghijklmnopqrstuv               -> none
      https://music.youtube.com/channel/UCabcdefghijklmnopqrstuv                 -> none
      https://music.youtube.com/browse/UCabcdefghijklmnopqrstuv                  -> none
      https://music.youtube.com/browse/MPREb_abcdefghij                          -> none
      https://www.youtube.com/embedded                                           -> none
      https://www.youtube.com/news                                               -> none
      # playlists
      https://www.youtube.com/playlist?list=PLabcdefghijklmnopqrstuvwxyz012345   -> none
      https://music.youtube.com/playlist?list=PLabcdefghij                       -> none
      https://www.youtube.com/course?list=ECabcdefghij                           -> none
      https://www.youtube.com/watch?list=PLabcdefghij                            -> none
      https://www.youtube.com/embed/videoseries?list=PLabcdefghij                -> none
      https://www.youtube.com/v/videoseries?list=PLabcdefghij                    -> none
      # a channel's live stream embed is not the video "live_stream"
      https://www.youtube.com/embed/live_stream?channel=UCabcdefghijklmnopqrstuv -> none
      https://www.youtube.com/embed/live_stream/?channel=UCabcdefghijklmnopqrstuv -> none
      # feeds, hashtags, search, home, audio pivot, clips
      https://www.youtube.com/feed/trending                                      -> none
      https://www.youtube.com/feed/subscriptions                                 -> none
      https://www.youtube.com/feed/watch_later                                   -> none
      https://www.youtube.com/feed/sfv_audio_pivot?bp=abc                        -> none
      https://www.youtube.com/hashtag/talks                                      -> none
      https://www.youtube.com/results?search_query=some+talk                     -> none
      https://www.youtube.com                                                    -> none
      https://youtube.com/                                                       -> none
      https://www.youtube.com/source/SourceAudio/shorts                          -> none
      https://www.youtube.com/clip/UgkxAbCdEfGhIjKlMnOpQrStUvWxYz0123            -> none
      https://www.youtube.com/shorts                                             -> none
      https://www.youtube.com/live                                               -> none
      # truncated URLs and ids (yt-dlp's YoutubeTruncatedURL/IDIE)
      https://www.youtube.com/watch?annotation_id=annotation_3951667041          -> none
      https://www.youtube.com/watch?                                             -> none
      https://www.youtube.com/watch?x-yt-cl=84503534                             -> none
      https://www.youtube.com/watch?feature=foo                                  -> none
      https://www.youtube.com/watch?hl=en-GB                                     -> none
      https://www.youtube.com/watch?t=2372                                       -> none
      https://www.youtube.com/watch?v=TenChars_1                                 -> none
      https://www.youtube.com/watch?v=TwelveChars1                               -> none
      https://youtu.be/TenChars_1                                                -> none
      https://www.youtube.com/watch?v=                                           -> none
      https://www.youtube.com/watch/NotAQuery01                                  -> none
      # mirror and front-end hosts: out of scope
      https://invidio.us/watch?v=MirrorHost1                                     -> none
      https://redirect.invidious.io/watch?v=MirrorHost1                          -> none
      https://redirect.invidious.io/MirrorHost1                                  -> none
      https://vid.plus/MirrorHost1                                               -> none
      https://zwearz.com/watch/MirrorHost1/a-trailer.html                        -> none
      https://www.hooktube.com/watch?v=MirrorHost1                               -> none
      http://www.cleanvideosearch.com/media/action/yt/watch?videoId=MirrorHost1  -> none
      # lookalike hosts, other schemes, not URLs
      https://youtube.com.example.net/watch?v=Lookalike01                        -> none
      https://notyoutube.com/watch?v=Lookalike01                                 -> none
      https://a.b.youtube.com/watch?v=Lookalike01                                -> none
      https://youtube.com@example.net/watch?v=Lookalike01                        -> none
      https://www.youtube.co/watch?v=Lookalike01                                 -> none
      ftp://www.youtube.com/watch?v=Lookalike01                                  -> none
      https://vimeo.com/123456789                                                -> none
      # a bare id is no link target (Video.fromUrl and a Video: field read it, see below)
      BareIdOnly1                                                                -> none
      watch?v=Lookalike01                                                        -> none
      """;

  static Stream<Arguments> videos() {
    return rows(VIDEOS);
  }

  static Stream<Arguments> notVideos() {
    return rows(NOT_VIDEOS);
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @MethodSource("videos")
  void readsEverySingleVideoForm(String url, String expected) {
    String id = expected.contains("@") ? expected.substring(0, expected.indexOf('@')) : expected;
    OptionalInt start = expected.contains("@")
        ? OptionalInt.of(Integer.parseInt(expected.substring(expected.indexOf('@') + 1)))
        : OptionalInt.empty();
    assertThat(VideoUrl.youtube(url)).contains(new VideoUrl.YouTubeRef(id, start));
    Video video = Video.fromUrl(url).orElseThrow();
    assertThat(video.id()).contains(id);
    assertThat(video.url()).isEqualTo("https://www.youtube.com/watch?v=" + id);
    assertThat(video.start()).isEqualTo(start);
  }

  @ParameterizedTest(name = "{0} -> none")
  @MethodSource("notVideos")
  void readsNoVideoFromOtherUrls(String url, String expected) {
    assertThat(expected).isEqualTo("none");
    assertThat(VideoUrl.youtube(url)).isEmpty();
    if (!Video.isYouTubeId(url)) {
      assertThat(Video.fromUrl(url)).isEmpty();
    }
  }

  @org.junit.jupiter.api.Test
  void aBareIdIsAVideoOnlyWhereAnIdIsExpected() {
    // yt-dlp reads a bare id; so do Video.fromUrl and a Video: field, but not a link target,
    // where an 11-character relative link ("intro-talks") is no video.
    assertThat(VideoUrl.youtube("BareIdOnly1")).isEmpty();
    assertThat(VideoUrl.youtubeOrId("  BareIdOnly1 "))
        .contains(new VideoUrl.YouTubeRef("BareIdOnly1", OptionalInt.empty()));
    assertThat(Video.fromUrl("BareIdOnly1")).contains(Video.youtube("BareIdOnly1"));
    assertThat(Video.fromUrl("BareIdOnly")).isEmpty();
  }

  @org.junit.jupiter.api.Test
  void playlistUrlsStayPlaylists() {
    assertThat(VideoUrl.playlistId("https://www.youtube.com/playlist?list=PLabc-_123")).contains("PLabc-_123");
    assertThat(VideoUrl.isPlaylist("https://www.youtube.com/playlist?list=PLabc-_123")).isTrue();
    assertThat(VideoUrl.isPlaylist("https://www.youtube.com/embed/videoseries?list=PLabc-_123")).isTrue();
    assertThat(VideoUrl.isPlaylist("https://www.youtube.com/watch?v=InAList0001&list=PLabc")).isFalse();
    assertThat(VideoUrl.playlistId("https://www.youtube.com/playlist?list=PL%20x")).isEmpty();
    assertThat(VideoUrl.playlistId("https://example.org/playlist?list=PLabc")).isEmpty();
  }

  private static Stream<Arguments> rows(String table) {
    List<Arguments> rows = new ArrayList<>();
    for (String line : table.split("\n")) {
      String l = line.strip();
      if (l.isEmpty() || l.startsWith("#")) {
        continue;
      }
      int arrow = l.lastIndexOf(" -> ");
      rows.add(Arguments.of(l.substring(0, arrow).strip(), l.substring(arrow + 4).strip()));
    }
    return rows.stream();
  }
}

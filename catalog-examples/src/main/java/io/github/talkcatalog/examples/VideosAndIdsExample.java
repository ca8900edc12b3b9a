package io.github.talkcatalog.examples;

import io.github.talkcatalog.CatalogParser;
import io.github.talkcatalog.model.Catalog;
import io.github.talkcatalog.model.OrganizationProfile;
import io.github.talkcatalog.model.SpeakerProfile;
import io.github.talkcatalog.model.Talk;
import io.github.talkcatalog.model.Video;
import java.nio.file.Path;
import java.util.Map;

/**
 * The README example "Videos and ids": a video read from a URL, with its thumbnail and embed
 * URLs, then the first ids of a catalog's talks, speakers and organizations.
 *
 * <p>Run it with the path of a catalog file and a YouTube URL as its arguments.
 */
public final class VideosAndIdsExample {

  private VideosAndIdsExample() {}

  /**
   * Prints the id, start, thumbnail URL and embed URL of the video at URL {@code args[1]} (or
   * {@code no single video}), then the ids of the first three talks, speakers and organizations of
   * catalog file {@code args[0]}.
   *
   * @param args the path of a Markdown catalog and a URL
   */
  public static void main(String[] args) {
    Video.fromUrl(args[1]).ifPresentOrElse(video -> {
      System.out.println(video.id().orElseThrow() + " from " + video.start().orElse(0) + " s");
      System.out.println(video.thumbnailUrl().orElseThrow()); // https://i.ytimg.com/vi/ID/hqdefault.jpg
      System.out.println(video.embedUrl().orElseThrow());     // https://www.youtube.com/embed/ID?start=N
    }, () -> System.out.println("no single video"));
    Catalog catalog = CatalogParser.builder().build().parse(Path.of(args[0])).catalog();
    catalog.talksById().entrySet().stream().limit(3)
        .forEach((Map.Entry<String, Talk> e) -> System.out.println(e.getKey() + " = " + e.getValue().title()));
    catalog.speakers().stream().limit(3).map(SpeakerProfile::id).forEach(System.out::println);
    catalog.organizations().stream().limit(3).map(OrganizationProfile::id).forEach(System.out::println);
  }
}

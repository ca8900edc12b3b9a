package io.github.talkcatalog;

import io.github.talkcatalog.internal.html.HtmlPage;
import io.github.talkcatalog.internal.source.CatalogRoot;
import io.github.talkcatalog.model.Catalog;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Writes a {@link Catalog} as one self-contained HTML page for people to browse: a card per talk
 * with its image, labels as badges, the title linking to the video at its start offset, the
 * speakers with their organizations, the event, year and length where the catalog states them, and
 * the abstract ({@link io.github.talkcatalog.model.Talk#abstractText()}: the summary without the
 * heading's echo), grouped under the talks' sections.
 *
 * <pre>{@code
 * CatalogHtml html = CatalogHtml.builder().imageFolder(catalogFile.getParent()).build();
 * Files.writeString(Path.of("talks.html"), html.write(catalog));
 * }</pre>
 *
 * <h2>The page</h2>
 *
 * <ul>
 *   <li>One file: its style sheet and script are inline; nothing is loaded from elsewhere when it is
 *       viewed, except YouTube thumbnails ({@code https://i.ytimg.com/vi/ID/hqdefault.jpg}) unless
 *       {@link Builder#youtubeThumbnails(boolean)} turns them off. Offline, a missing thumbnail
 *       leaves a placeholder box of the same size.
 *   <li>A talk's image is inlined as a {@code data:} URI when it is a PNG, JPEG, GIF or WebP file
 *       (recognized by its first bytes) of at most 5 MiB inside the {@linkplain Builder#imageFolder
 *       image folder}; a path leaving that folder ({@code ..}, absolute, a symbolic link leading
 *       out) is not read. Otherwise the talk shows its YouTube thumbnail, or the placeholder.
 *   <li>A search box (title, speakers, organizations, event, abstract; accents and case ignored, every word
 *       must occur), a label and an organization menu, and a count ("12 of 53 talks"). The script
 *       shows them; without JavaScript every talk is shown and the count reads "53 talks".
 *   <li>Semantic markup: one {@code h1}, a heading per section and per talk, lists for cards,
 *       badges, speakers and links, alt text on every image, visible keyboard focus.
 * </ul>
 *
 * <h2>Escaping</h2>
 *
 * The page is built as a DOM (jsoup), so every text from the catalog is an escaped text node or
 * attribute value: a title {@code <script>alert(1)</script>} shows as those characters. Only
 * {@code http} and {@code https} URLs become links; a {@code javascript:}, {@code data:} or relative
 * URL of a video or link is dropped (its text stays). A Content Security Policy in the page lets only
 * the page's own style sheet and script run.
 *
 * <p>The output depends only on the catalog, the settings and the image files: no date, no random
 * ids. Instances are immutable and thread-safe.
 *
 * @since 0.2.0
 */
public final class CatalogHtml {

  private final @Nullable Path imageFolder;
  private final boolean youtubeThumbnails;

  private CatalogHtml(@Nullable Path imageFolder, boolean youtubeThumbnails) {
    this.imageFolder = imageFolder;
    this.youtubeThumbnails = youtubeThumbnails;
  }

  /** {@return a new builder: no image folder, YouTube thumbnails on} */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Writes {@code catalog} as an HTML page.
   *
   * @param catalog the catalog
   * @return the page, UTF-8 text starting with {@code <!DOCTYPE html>}, lines ended by {@code \n}
   * @throws NullPointerException if {@code catalog} is null
   * @throws java.io.UncheckedIOException if the image folder no longer exists
   */
  public String write(Catalog catalog) {
    Objects.requireNonNull(catalog, "catalog");
    CatalogRoot root = null;
    if (imageFolder != null) {
      try {
        root = CatalogRoot.of(imageFolder);
      } catch (IOException e) {
        throw new java.io.UncheckedIOException("cannot open the image folder " + imageFolder, e);
      }
    }
    return new HtmlPage(root, youtubeThumbnails).render(catalog);
  }

  /**
   * Configures a {@link CatalogHtml}. A builder is not thread-safe.
   *
   * @since 0.2.0
   */
  public static final class Builder {

    private @Nullable Path imageFolder;
    private boolean youtubeThumbnails = true;

    private Builder() {}

    /**
     * The folder that relative image paths of the catalog are read from, usually the folder of
     * the catalog file (for a folder with an index, the folder itself). Without one, no image is
     * inlined.
     *
     * @param folder the folder
     * @return this builder
     * @throws NullPointerException if {@code folder} is null
     */
    public Builder imageFolder(Path folder) {
      this.imageFolder = Objects.requireNonNull(folder, "folder");
      return this;
    }

    /**
     * Whether a talk without an inlined image shows its YouTube video's thumbnail, which the
     * browser then fetches from {@code https://i.ytimg.com}. Default {@code true}; with
     * {@code false} the page loads nothing from the network.
     *
     * @param enabled whether to show YouTube thumbnails
     * @return this builder
     */
    public Builder youtubeThumbnails(boolean enabled) {
      this.youtubeThumbnails = enabled;
      return this;
    }

    /** {@return a new writer with the settings given so far; the builder may be reused} */
    public CatalogHtml build() {
      return new CatalogHtml(imageFolder, youtubeThumbnails);
    }
  }
}

package io.github.talkcatalog.internal.files;

import io.github.talkcatalog.ParseLimits;
import io.github.talkcatalog.Rules;
import io.github.talkcatalog.Severity;
import io.github.talkcatalog.internal.diagnostics.DiagnosticSink;
import io.github.talkcatalog.internal.draft.CatalogDraft;
import io.github.talkcatalog.internal.draft.TalkDraft;
import io.github.talkcatalog.internal.lines.LineMap;
import io.github.talkcatalog.internal.sections.InputLimits;
import io.github.talkcatalog.internal.source.CatalogRoot;
import io.github.talkcatalog.model.Image;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * What a catalog on disk spreads over files: follows index entries' {@code Details:} links to their
 * pages (layout L3) and checks that images exist. Reads only inside the {@link CatalogRoot}; a link
 * leading out is refused with {@code link-outside-root}. A page linked from several entries is
 * read once; the pages of one catalog together hold at most {@link ParseLimits#maxInputBytes()}
 * bytes, further pages are refused with {@code limit-exceeded}.
 */
public final class CatalogFiles {

  /** Detail pages larger than this many bytes are not read. */
  public static final long MAX_PAGE_BYTES = 4L * 1024 * 1024;

  private final CatalogRoot root;
  private final Function<LineMap, TalkDraft> pageReader;
  private final InputLimits limits;
  private final boolean checkImages;
  /** Images not on disk, by the root-relative folder they name, in the order found. */
  private final Map<String, List<MissingImage>> missingImages = new LinkedHashMap<>();

  private record MissingImage(String relative, DiagnosticSink sink, int line, int column) {}
  /** Each detail page read once, by real path, however many entries link to it. */
  private final Map<Path, TalkDraft> pages = new HashMap<>();
  /** The bytes of all detail pages read so far, bounded by the input limit. */
  private long pageBytes;

  /**
   * Creates the reader.
   *
   * @param root the catalog root, or null when the catalog was given as text (nothing on disk)
   * @param pageReader reads a detail page, given its line map, into the talk it describes (the
   *     layout stage's page reader); called at most once per page
   * @param limits the limits applied to detail pages as to the index file
   * @param checkImages whether to report images that are not on disk ({@code image-not-found})
   */
  public CatalogFiles(CatalogRoot root, Function<LineMap, TalkDraft> pageReader, InputLimits limits,
      boolean checkImages) {
    this.root = root;
    this.pageReader = pageReader;
    this.limits = limits;
    this.checkImages = checkImages;
  }

  /**
   * Completes index entries from their pages and checks images.
   *
   * @param draft the draft read from the index file
   * @param baseDir the index file's folder relative to the root, {@code ""} for the root
   * @param sink the index file's sink
   * @return the draft with its talks completed
   */
  public CatalogDraft complete(CatalogDraft draft, String baseDir, DiagnosticSink sink) {
    java.util.List<TalkDraft> talks = new java.util.ArrayList<>(draft.talks().size());
    boolean changed = false;
    for (TalkDraft read : draft.talks()) {
      if (read.detailLink() == null && (root == null || read.image() == null || read.imageChecked())) {
        talks.add(read);
        continue;
      }
      TalkDraft.Builder talk = read.toBuilder();
      if (talk.detailLink != null) {
        follow(talk, baseDir, sink);
      }
      if (root != null && talk.image != null && !talk.imageChecked) {
        checkImage(talk, baseDir, sink, false);
      }
      talks.add(talk.build());
      changed = true;
    }
    reportMissingImages();
    return changed ? draft.withTalks(talks) : draft;
  }

  private void follow(TalkDraft.Builder talk, String baseDir, DiagnosticSink sink) {
    if (root == null) {
      sink.report(Severity.INFO, Rules.DETAIL_PAGE_NOT_READ, talk.detailLine, talk.detailColumn,
          "detail page '" + talk.detailLink + "' is read only when parsing from a file or folder;"
              + " talk '" + talk.title + "' is listed from its index line");
      return;
    }
    CatalogRoot.Resolution r = root.resolve(baseDir, talk.detailLink);
    if (r instanceof CatalogRoot.NotLocal) {
      talk.links.add(io.github.talkcatalog.model.Link.of("Details", talk.detailLink));
      return;
    }
    if (r instanceof CatalogRoot.Outside out) {
      sink.report(Severity.ERROR, Rules.LINK_OUTSIDE_ROOT, talk.detailLine, talk.detailColumn,
          "detail link '" + talk.detailLink + "' leads outside the catalog folder (it " + out.reason()
              + "); not followed, talk '" + talk.title + "' is listed from its index line");
      return;
    }
    CatalogRoot.Inside page = (CatalogRoot.Inside) r;
    if (!page.exists()) {
      sink.report(Severity.WARNING, Rules.MISSING_DETAIL_PAGE, talk.detailLine, talk.detailColumn,
          "detail page '" + page.relative() + "' does not exist; talk '" + talk.title
              + "' is listed from its index line");
      return;
    }
    DiagnosticSink pageSink = sink.forSource(page.path().toString());
    TalkDraft p = pages.get(page.real());
    if (p == null) {
      long budget = limits.limits().maxInputBytes() - pageBytes;
      Optional<byte[]> bytes;
      try {
        bytes = root.read(page, Math.min(MAX_PAGE_BYTES, budget));
      } catch (IOException | SecurityException e) {
        sink.report(Severity.WARNING, Rules.MISSING_DETAIL_PAGE, talk.detailLine, talk.detailColumn,
            "detail page '" + page.relative() + "' cannot be read (" + e.getClass().getSimpleName() + ")");
        return;
      }
      if (bytes.isEmpty()) {
        if (budget < MAX_PAGE_BYTES) {
          sink.report(Severity.ERROR, Rules.LIMIT_EXCEEDED, talk.detailLine, talk.detailColumn,
              "detail page '" + page.relative() + "' not read: the detail pages of one catalog may hold at most "
                  + limits.limits().maxInputBytes() + " bytes together");
        } else {
          sink.report(Severity.WARNING, Rules.MISSING_DETAIL_PAGE, talk.detailLine, talk.detailColumn,
              "detail page '" + page.relative() + "' is larger than " + MAX_PAGE_BYTES + " bytes; not read");
        }
        return;
      }
      pageBytes += bytes.get().length;
      p = pageReader.apply(limits.bytes(bytes.get(), pageSink));
      pages.put(page.real(), p);
    }
    merge(talk, p);
    String pageDir = CatalogRoot.folderOf(page.relative());
    if (talk.image != null) {
      checkImage(talk, pageDir, pageSink, true);
    }
    if (talk.video == null) {
      pageSink.report(Severity.WARNING, Rules.MISSING_VIDEO, Math.max(p.line(), 1), p.column(),
          "talk '" + talk.title + "' has no video link");
    }
  }

  /** The page's heading and fields win over the index line. */
  private static void merge(TalkDraft.Builder talk, TalkDraft page) {
    if (!page.heading().isEmpty()) {
      talk.heading = page.heading();
      talk.labels = page.labels();
      talk.title = page.title();
      talk.speakerPart = page.speakerPart();
    }
    if (page.index() != null) {
      talk.index = page.index();
    }
    if (page.video() != null) {
      talk.video = page.video();
    }
    if (page.image() != null) {
      talk.image = page.image();
      talk.imageLine = page.imageLine();
      talk.imageColumn = page.imageColumn();
    }
    if (page.summary() != null) {
      talk.summary = page.summary();
      talk.summaryTruncated = page.summaryTruncated();
      talk.summaryLine = page.summaryLine();
    }
    talk.links.addAll(page.links());
  }

  /**
   * Reports an image that is not on disk; on a detail page, rewrites its path relative to the
   * catalog root. Images outside the root and URLs are not checked.
   */
  private void checkImage(TalkDraft.Builder talk, String dir, DiagnosticSink sink, boolean rewrite) {
    talk.imageChecked = true;
    CatalogRoot.Resolution r = root.resolve(dir, talk.image.src());
    if (!(r instanceof CatalogRoot.Inside inside)) {
      return;
    }
    if (rewrite) {
      talk.image = Image.of(inside.relative(), talk.image.alt());
    }
    if (checkImages && !inside.exists()) {
      missingImages.computeIfAbsent(CatalogRoot.folderOf(inside.relative()), f -> new ArrayList<>())
          .add(new MissingImage(inside.relative(), sink, talk.imageLine, talk.imageColumn));
    }
  }

  /**
   * One {@code image-not-found} per missing image, except that the images of a folder that does
   * not exist at all are one diagnostic, at the first of them, naming the folder and the count.
   */
  private void reportMissingImages() {
    missingImages.forEach((folder, images) -> {
      MissingImage first = images.get(0);
      if (images.size() > 1 && !folder.isEmpty() && !Files.isDirectory(root.folder().resolve(folder))) {
        first.sink().report(Severity.WARNING, Rules.IMAGE_NOT_FOUND, first.line(), first.column(),
            "folder '" + folder + "/' does not exist: " + images.size() + " images in it are not found,"
                + " the first '" + first.relative() + "'");
        return;
      }
      for (MissingImage image : images) {
        image.sink().report(Severity.WARNING, Rules.IMAGE_NOT_FOUND, image.line(), image.column(),
            "image '" + image.relative() + "' does not exist");
      }
    });
    missingImages.clear();
  }
}

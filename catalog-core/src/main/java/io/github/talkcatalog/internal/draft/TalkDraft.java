package io.github.talkcatalog.internal.draft;

import io.github.talkcatalog.model.Image;
import io.github.talkcatalog.model.Link;
import io.github.talkcatalog.model.Video;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * One talk as a region reader read it: plain values, speakers not yet read. Immutable; a reader
 * fills a {@link Builder} while it reads one region and hands on the built record.
 *
 * @param line 1-based line of the talk's heading, entry or row
 * @param column 1-based column
 * @param heading the heading or entry as plain text
 * @param labels session-type labels
 * @param title the title
 * @param speakerPart the text naming the speakers, or null
 * @param index the talk's number in the source, or null
 * @param section the enclosing grouping heading's text, or null when there is none or its text is
 *     empty (a grouping heading without text ends the section above it)
 * @param video the video, or null
 * @param links other links
 * @param image the image, or null
 * @param imageLine 1-based line of the image reference
 * @param imageColumn 1-based column of the image reference
 * @param imageChecked whether the image was already checked on disk
 * @param summary the summary, or null
 * @param summaryLine 1-based line of the summary
 * @param summaryTruncated whether the source cut the summary
 * @param detailLink for an index entry: the destination of its {@code Details:} link, else null
 * @param detailLine 1-based line of the details link
 * @param detailColumn 1-based column of the details link
 * @param duration the recording's length in seconds, or null
 * @param year the year the talk was given, or null
 * @param event the event or venue the talk's section names ({@code - Event:}), or null
 */
public record TalkDraft(int line, int column, String heading, List<String> labels, String title,
    String speakerPart, Integer index, String section, Video video, List<Link> links, Image image,
    int imageLine, int imageColumn, boolean imageChecked, String summary, int summaryLine,
    boolean summaryTruncated, String detailLink, int detailLine, int detailColumn, Integer duration,
    Integer year, String event) {

  /** Copies the lists; an empty section is none. */
  public TalkDraft {
    if (section != null && section.isEmpty()) {
      section = null;
    }
    labels = List.copyOf(labels);
    links = List.copyOf(links);
  }

  /**
   * A builder holding this draft's values.
   *
   * @return a new builder
   */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.line = line;
    b.column = column;
    b.heading = heading;
    b.labels = labels;
    b.title = title;
    b.speakerPart = speakerPart;
    b.index = index;
    b.section = section;
    b.video = video;
    b.links.addAll(links);
    b.image = image;
    b.imageLine = imageLine;
    b.imageColumn = imageColumn;
    b.imageChecked = imageChecked;
    b.summary = summary;
    b.summaryLine = summaryLine;
    b.summaryTruncated = summaryTruncated;
    b.detailLink = detailLink;
    b.detailLine = detailLine;
    b.detailColumn = detailColumn;
    b.duration = duration;
    b.year = year;
    b.event = event;
    return b;
  }

  /**
   * The values of one talk while a reader reads it; fields are those of {@link TalkDraft}. Not
   * shared between threads, never handed from one stage to the next.
   */
  public static final class Builder {
    /** See {@link TalkDraft#line()}. */
    public int line;
    /** See {@link TalkDraft#column()}. */
    public int column;
    /** See {@link TalkDraft#heading()}. */
    public String heading = "";
    /** See {@link TalkDraft#labels()}. */
    public List<String> labels = List.of();
    /** See {@link TalkDraft#title()}. */
    public String title = "";
    /** See {@link TalkDraft#speakerPart()}. */
    public String speakerPart;
    /** See {@link TalkDraft#index()}. */
    public Integer index;
    /** See {@link TalkDraft#section()}. */
    public String section;
    /** See {@link TalkDraft#video()}. */
    public Video video;
    /** See {@link TalkDraft#links()}; only ever appended to. */
    public final List<Link> links = new ArrayList<>();
    /** The links of {@link #links} up to {@link #linksSeen}, for {@link #addLinkOnce}. */
    private final Set<Link> linkSet = new HashSet<>();
    private int linksSeen;

    /**
     * Appends a link unless an equal one is in {@link #links} already. A set beside the list keeps
     * this linear in the links (a paragraph of 20,000 video links cost 14 CPU seconds with
     * {@code List.contains}); links appended to the list directly are taken into the set first.
     *
     * @param link the link
     */
    public void addLinkOnce(Link link) {
      if (linksSeen > links.size()) {
        linkSet.clear();
        linksSeen = 0;
      }
      for (; linksSeen < links.size(); linksSeen++) {
        linkSet.add(links.get(linksSeen));
      }
      if (linkSet.add(link)) {
        links.add(link);
        linksSeen++;
      }
    }
    /** See {@link TalkDraft#image()}. */
    public Image image;
    /** See {@link TalkDraft#imageLine()}. */
    public int imageLine;
    /** See {@link TalkDraft#imageColumn()}. */
    public int imageColumn;
    /** See {@link TalkDraft#imageChecked()}. */
    public boolean imageChecked;
    /** See {@link TalkDraft#summary()}. */
    public String summary;
    /** See {@link TalkDraft#summaryLine()}. */
    public int summaryLine;
    /** See {@link TalkDraft#summaryTruncated()}. */
    public boolean summaryTruncated;
    /** See {@link TalkDraft#detailLink()}. */
    public String detailLink;
    /** See {@link TalkDraft#detailLine()}. */
    public int detailLine;
    /** See {@link TalkDraft#detailColumn()}. */
    public int detailColumn;
    /** See {@link TalkDraft#duration()}. */
    public Integer duration;
    /** See {@link TalkDraft#year()}. */
    public Integer year;
    /** See {@link TalkDraft#event()}. */
    public String event;
    /** The year group as written in an entry ({@code (2019)}), taken out of a linked title; not handed on. */
    public String yearText;
    /** The value of a {@code - Title:} field bullet, applied to the heading once the body is read; not handed on. */
    public String titleField;

    /**
     * The immutable draft.
     *
     * @return the draft of the values set so far
     */
    public TalkDraft build() {
      return new TalkDraft(line, column, heading, labels, title, speakerPart, index, section, video, links,
          image, imageLine, imageColumn, imageChecked, summary, summaryLine, summaryTruncated, detailLink,
          detailLine, detailColumn, duration, year, event);
    }
  }
}

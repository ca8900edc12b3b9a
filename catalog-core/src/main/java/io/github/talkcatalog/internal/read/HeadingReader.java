package io.github.talkcatalog.internal.read;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Splits a talk heading into its labels, its title, its speaker part and its event.
 *
 * <p>Rules (see {@code docs/layouts.md}, L1): labels are a known vocabulary matched without case
 * at the start, each followed by a colon, possibly stacked; the rest is split by
 * {@link TalkHalves#read}: the separator ({@code " - "}, an en or em dash, {@code ": "},
 * {@code " | "}, {@code by}; also a hyphen written without the space before it,
 * {@code "OpenEnv- Joe"}) where exactly one half reads as speakers. Hyphens inside words separate
 * nothing. Runs in linear time.
 */
public final class HeadingReader {

  /** The default label vocabulary of {@code docs/layouts.md}. */
  public static final List<String> DEFAULT_LABELS = List.of(
      "Keynote", "Sponsor Keynote", "Sponsored Keynote", "Keynote Panel",
      "Panel", "Panel Discussion", "Sponsored Session", "Sponsored Talk", "Lightning Talk",
      "Workshop", "Tutorial", "Fireside Chat", "Birds of a Feather", "BoF", "Demo", "Poster");

  private final List<String> labels;

  /**
   * Creates a reader.
   *
   * @param labels the label vocabulary, matched without case
   */
  public HeadingReader(List<String> labels) {
    List<String> sorted = new ArrayList<>(labels);
    // longest first, so "Keynote Panel" wins over "Keynote"
    sorted.sort((a, b) -> Integer.compare(b.length(), a.length()));
    this.labels = List.copyOf(sorted);
  }

  /**
   * The parts of a heading.
   *
   * @param labels the labels as written in the heading, in order
   * @param title the title, never blank unless the heading is
   * @param speakerPart the text after the title/speaker separator, if any
   * @param event the event named at the start or end of the heading, if any
   */
  public record Parts(List<String> labels, String title, Optional<String> speakerPart, Optional<String> event) {}

  /**
   * Splits {@code heading} (plain text).
   *
   * @param heading the heading's text, markup resolved
   * @return its parts
   */
  public Parts read(String heading) {
    List<String> found = new ArrayList<>();
    String rest = TalkHalves.normalized(heading.strip());
    while (true) {
      String label = leadingLabel(rest);
      if (label == null) {
        break;
      }
      String after = rest.substring(label.length() + 1).strip();
      if (after.isEmpty()) {
        break;
      }
      found.add(label);
      rest = after;
    }
    if (rest.isEmpty()) {
      return new Parts(found, rest, Optional.empty(), Optional.empty());
    }
    TalkHalves.Reading r = TalkHalves.read(rest);
    found.addAll(r.categories());
    if (r.title().isEmpty()) {
      return new Parts(found, rest, Optional.empty(), Optional.empty());
    }
    return new Parts(found, r.title(), r.speakerPart(), r.event());
  }

  /**
   * The vocabulary labels at the start of {@code text}, each followed by a colon.
   *
   * @param text plain text
   * @return the labels as written, in order, possibly none
   */
  public List<String> labels(String text) {
    List<String> found = new ArrayList<>();
    String rest = text.strip();
    while (true) {
      String label = leadingLabel(rest);
      if (label == null) {
        return found;
      }
      String after = rest.substring(label.length() + 1).strip();
      if (after.isEmpty()) {
        return found;
      }
      found.add(label);
      rest = after;
    }
  }

  /**
   * Strips leading labels from {@code text}, which may spell a label longer than the heading did
   * (a summary's {@code "Keynote Panel Discussion:"}).
   *
   * @param text plain text
   * @return the text after its leading labels
   */
  public String withoutLabels(String text) {
    String rest = text.strip();
    while (true) {
      String label = leadingLabel(rest);
      if (label == null) {
        return rest;
      }
      rest = rest.substring(label.length() + 1).strip();
    }
  }

  /** The label at the start of {@code s} as written, when followed by a colon; else null. */
  private String leadingLabel(String s) {
    for (String label : labels) {
      int n = label.length();
      if (s.length() > n && s.charAt(n) == ':' && s.regionMatches(true, 0, label, 0, n)) {
        return s.substring(0, n);
      }
    }
    return null;
  }

  /** Lower-cased, for comparisons. */
  static String key(String s) {
    return s.toLowerCase(Locale.ROOT);
  }
}

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
    String rest = withoutLabels(TalkHalves.normalized(heading.strip()), found, true);
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
    withoutLabels(text.strip(), found, true);
    return found;
  }

  /**
   * Strips leading labels from {@code text}, which may spell a label longer than the heading did
   * (a summary's {@code "Keynote Panel Discussion:"}).
   *
   * @param text plain text
   * @return the text after its leading labels
   */
  public String withoutLabels(String text) {
    return withoutLabels(text.strip(), null, false);
  }

  /**
   * Takes the leading labels off {@code s}, walking an index rather than cutting a string per label
   * (a heading of many thousand labels would cost quadratic time).
   *
   * @param s the text
   * @param found where the labels taken go, as written; may be null
   * @param keepText whether a last label with nothing after it stays in the text
   * @return the text after the labels taken, stripped; {@code s} itself when none was taken
   */
  private String withoutLabels(String s, List<String> found, boolean keepText) {
    int at = 0;
    while (true) {
      String label = labelAt(s, at);
      if (label == null) {
        break;
      }
      int after = at + label.length() + 1;
      while (after < s.length() && Character.isWhitespace(s.charAt(after))) {
        after++;
      }
      if (keepText && after == s.length()) {
        break;
      }
      if (found != null) {
        found.add(label);
      }
      at = after;
    }
    return at == 0 ? s : s.substring(at).strip();
  }

  /** The label at {@code at} in {@code s} as written, when followed by a colon; else null. */
  private String labelAt(String s, int at) {
    for (String label : labels) {
      int n = label.length();
      if (s.length() > at + n && s.charAt(at + n) == ':' && s.regionMatches(true, at, label, 0, n)) {
        return s.substring(at, at + n);
      }
    }
    return null;
  }

  /** Lower-cased, for comparisons. */
  static String key(String s) {
    return s.toLowerCase(Locale.ROOT);
  }
}

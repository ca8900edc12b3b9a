package io.github.talkcatalog.internal.read;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Splits a list entry's text into title and speaker part when the order is not fixed: authors
 * write {@code Title - Speaker} and {@code Speaker - Title} in one file, with {@code " - "},
 * {@code " — "}, {@code " – "}, {@code ": "} or {@code " | "} between the halves, or
 * {@code Title by Speaker}.
 *
 * <p>Each half is scored by its shape: a half that reads as a list of personal names, with roles
 * or organizations after them, is the speaker part; a half with lower-case words, digits or
 * punctuation a name does not have, or a word naming a kind of session ({@code Lightning Talks}), is
 * the title. When both halves read as names the split is
 * marked unsure and the title is taken to come first; the caller may decide it from the rest of
 * the document. Linear in the text's length (for each
 * separator, one pass).
 */
public final class TalkHalves {

  private static final List<String> SEPARATORS = List.of(" | ", " \u2014 ", " \u2013 ", " - ", ": ");
  private static final Set<String> TITLE_STARTS = Set.of(
      "a", "an", "the", "why", "how", "what", "when", "where", "who", "which", "is", "are", "do",
      "does", "can", "should", "intro", "introduction", "beyond", "from", "into", "towards", "toward");
  /** Words that name a kind of session or event, never part of a personal name. */
  private static final Set<String> SESSION_WORDS = Set.of("talk", "talks", "session", "sessions",
      "keynote", "keynotes", "panel", "panels", "workshop", "workshops", "lightning", "meetup",
      "meetups", "track", "opening", "closing", "remarks", "welcome", "recap", "highlights", "q&a",
      "ama", "demo", "demos", "tutorial", "tutorials");

  private final HeadingReader headings;

  /**
   * Creates a classifier.
   *
   * @param headings the label reader of the parser's settings
   */
  public TalkHalves(HeadingReader headings) {
    this.headings = headings;
  }

  /**
   * The parts of an entry.
   *
   * @param labels session-type labels at the start, as written
   * @param title the title, the whole text (without labels) when there is no speaker part
   * @param speakerPart the speaker half, if any
   * @param unsure whether both halves read as names, so that the order was guessed
   * @param speakerFirst whether the speaker half was written before the title
   */
  public record Split(List<String> labels, String title, Optional<String> speakerPart, boolean unsure,
      boolean speakerFirst) {}

  /**
   * Splits {@code text}.
   *
   * @param text plain text, markup resolved, noise (durations, years, view counts) removed
   * @return labels, title and speaker part
   */
  public Split split(String text) {
    List<String> labels = new ArrayList<>(headings.read(text).labels());
    String rest = headings.withoutLabels(text);
    String dashLabel = dashLabel(rest);
    if (dashLabel != null) {
      labels.add(dashLabel);
      rest = rest.substring(dashLabel.length()).strip().substring(1).strip();
    }
    List<String> found = List.copyOf(labels);
    int by = rest.lastIndexOf(" by ");
    if (by > 0 && speakerScore(rest.substring(by + 4)) > 0) {
      return new Split(found, rest.substring(0, by).strip(), Optional.of(rest.substring(by + 4).strip()), false, false);
    }
    Split unsure = null;
    for (String sep : SEPARATORS) {
      int at = sep.equals(": ") ? rest.indexOf(sep) : rest.lastIndexOf(sep);
      if (at <= 0) {
        continue;
      }
      String left = rest.substring(0, at).strip();
      String right = rest.substring(at + sep.length()).strip();
      if (left.isEmpty() || right.isEmpty()) {
        continue;
      }
      if (!sep.equals(": ")) {
        // "Category - Speaker A, B: Title"
        int colon = right.indexOf(": ");
        if (colon > 0 && speakerScore(right.substring(0, colon)) > 0 && speakerScore(left) <= 0) {
          List<String> withCategory = new ArrayList<>(found);
          withCategory.add(left);
          return new Split(List.copyOf(withCategory), right.substring(colon + 2).strip(),
              Optional.of(right.substring(0, colon).strip()), false, false);
        }
      }
      int l = speakerScore(left);
      int r = speakerScore(right);
      if (r > 0 && r > l) {
        return new Split(found, left, Optional.of(right), false, false);
      }
      if (l > 0 && l > r) {
        return new Split(found, right, Optional.of(left), false, true);
      }
      if (l > 0 && unsure == null) {
        unsure = new Split(found, left, Optional.of(right), true, false);
      }
    }
    if (unsure != null) {
      return unsure;
    }
    return new Split(found, rest, Optional.empty(), false, false);
  }

  /** {@code "Lightning Talk - Title"}: a label of the vocabulary followed by a dash. */
  private String dashLabel(String text) {
    for (String sep : List.of(" - ", " \u2013 ", " \u2014 ")) {
      int at = text.indexOf(sep);
      if (at > 0) {
        String head = text.substring(0, at);
        List<String> l = headings.read(head + ": x").labels();
        if (l.size() == 1 && l.get(0).length() == head.length()) {
          return head;
        }
      }
    }
    return null;
  }

  /**
   * How much {@code half} reads as a speaker part: 0 or less when its first piece is not a personal
   * name; more when names are joined by {@code &}/{@code and} or followed by a role or organization.
   *
   * @param half a piece of text
   * @return the score
   */
  public static int speakerScore(String half) {
    String t = half.strip();
    if (t.isEmpty() || t.length() > 300) {
      return 0;
    }
    String joined = t.replace(" & ", ", ").replace(" and ", ", ").replace(";", ",");
    String[] pieces = joined.split(",");
    String first = pieces[0].strip();
    if (!SpeakerReader.isPersonName(first) || titleShaped(first)) {
      return 0;
    }
    int score = 1;
    boolean joinedNames = !joined.equals(t.replace(";", ","));
    for (int i = 1; i < pieces.length; i++) {
      String p = pieces[i].strip();
      if (p.isEmpty()) {
        return 0;
      }
      for (String w : p.split(" ")) {
        if (Words.isRoleWord(w) || Words.isOrganizationWord(w)) {
          score++;
          break;
        }
      }
    }
    if (joinedNames && pieces.length > 1 && SpeakerReader.isPersonName(pieces[1].strip())) {
      score++;
    }
    return score - (titleShaped(t) ? 1 : 0);
  }

  private static boolean titleShaped(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '?' || c == '!' || c == ':' || c == '"' || c == '\u201C') {
        return true;
      }
    }
    String[] words = s.split(" ");
    for (String w : words) {
      if (SESSION_WORDS.contains(w.toLowerCase(Locale.ROOT))) {
        return true;
      }
    }
    return words.length > 0 && TITLE_STARTS.contains(words[0].toLowerCase(Locale.ROOT));
  }
}

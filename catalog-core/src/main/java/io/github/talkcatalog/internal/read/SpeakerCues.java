package io.github.talkcatalog.internal.read;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Reads a speaker cue in a line of a talk's body, which names the speakers more surely than a
 * guess from the heading: a field ({@code Speaker: Ann Lee}, {@code Speakers: A, B},
 * {@code Authors: A, B}, {@code Presenter: ...}, also after other fields on the same line:
 * {@code Date: May 2, 2024, Authors: Ann Lee}), a lead word ({@code with Ann Lee},
 * {@code by Ann Lee}, {@code Presented by Ann Lee}) or names before {@code Presented}
 * ({@code Ann Lee and Bo Tran Presented May 1, 2017 at ...}). A trailing URL is a link, not part
 * of a name. Pure, linear, no regular expressions.
 */
public final class SpeakerCues {

  private SpeakerCues() {}

  /**
   * The speaker text a body line names.
   *
   * @param line the line's plain text, markup resolved
   * @return the speaker text as written (names with their affiliations), or empty when the line
   *     is no speaker cue; {@code ""} never
   */
  public static Optional<String> read(String line) {
    String text = line.strip();
    if (text.isEmpty() || text.length() > 500) {
      return Optional.empty();
    }
    String lower = text.toLowerCase(Locale.ROOT);
    // "Speaker: Ann Lee", "Date: May 2, Authors: Ann Lee"
    for (String label : Vocabulary.SPEAKER_LABELS) {
      int at = fieldAt(lower, label);
      if (at >= 0) {
        String rest = text.substring(at + label.length() + 1).strip();
        return speakers(rest, label.equals("with") || label.equals("by"));
      }
    }
    // "with Ann Lee", "by Ann Lee", "Presented by Ann Lee"
    for (String lead : List.of("presented by ", "with ", "by ")) {
      if (lower.startsWith(lead)) {
        return speakers(text.substring(lead.length()), true);
      }
    }
    // "Ann Lee and Bo Tran Presented May 1, 2017 at ..."
    int presented = text.indexOf(" Presented ");
    if (presented < 0) {
      presented = text.indexOf(" presented ");
    }
    if (presented > 0) {
      // the names may follow link labels on the lines before ("Video + Slides Ann Lee Presented")
      // the list with the most names, the shortest of those, whose first name has two words
      String[] words = text.substring(0, presented).strip().split(" ");
      String found = null;
      int most = 0;
      for (int k = 0; k < words.length && k <= 4; k++) {
        String names = String.join(" ", java.util.Arrays.asList(words).subList(k, words.length));
        List<String> pieces = NameShape.pieces(names);
        if (NameShape.isNameList(names) && !pieces.isEmpty() && pieces.get(0).indexOf(' ') > 0
            && pieces.size() >= most) {
          found = names;
          most = pieces.size();
        }
      }
      if (found != null) {
        return Optional.of(found);
      }
    }
    return Optional.empty();
  }

  /** Index of {@code label:} at the start of {@code lower} or after {@code ", "}; -1 when absent. */
  private static int fieldAt(String lower, String label) {
    String field = label + ":";
    if (lower.startsWith(field)) {
      return 0;
    }
    int at = lower.indexOf(", " + field);
    return at < 0 ? -1 : at + 2;
  }

  /** The speaker text of a cue, without a trailing URL; empty when it reads as no speakers. */
  private static Optional<String> speakers(String rest, boolean strict) {
    String s = withoutUrl(rest);
    s = TalkHalves.trimSeparators(s);
    if (s.isEmpty() || s.length() > 300) {
      return Optional.empty();
    }
    if (strict && TalkHalves.speakerHalf(s) == null) {
      return Optional.empty();
    }
    return Optional.of(s);
  }

  private static String withoutUrl(String s) {
    int url = s.indexOf("http://");
    if (url < 0) {
      url = s.indexOf("https://");
    }
    if (url < 0) {
      return s;
    }
    String before = s.substring(0, url).strip();
    if (before.endsWith("<") || before.endsWith("(")) {
      before = before.substring(0, before.length() - 1);
    }
    return TalkHalves.trimSeparators(before);
  }
}

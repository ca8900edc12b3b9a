package io.github.talkcatalog.internal.layout;

import io.github.talkcatalog.internal.draft.TalkDraft;
import io.github.talkcatalog.internal.read.DurationReader;
import java.util.Locale;

/**
 * The field bullets of a talk's section that carry a value rather than a link:
 * {@code - Duration: 1:02:03} (the recording's length, {@code H:MM:SS} or {@code M:SS}),
 * {@code - Year: 2018}, {@code - Event: DevDays 2030} (the event or venue, when it is not a link)
 * and {@code - Title: ...}, which says where the title is in the heading: the
 * text before it is the labels (each followed by {@code ": "}), the text after it, past a
 * {@code " - "} separator, the speakers. The writer writes them for what a heading cannot carry
 * (a title that holds a separator but has no speakers, a label outside the vocabulary).
 */
final class FieldValues {

  private FieldValues() {}

  /**
   * Reads a {@code Label: value} field into the talk when the label is one of these fields.
   *
   * @param label the field's label, as written
   * @param value the text after the colon
   * @param talk the talk
   * @return true when the label names one of these fields (the value is taken when it reads)
   */
  static boolean read(String label, String value, TalkDraft.Builder talk) {
    String v = value.strip();
    switch (label.toLowerCase(Locale.ROOT)) {
      case "duration" -> {
        DurationReader.find(v).filter(d -> d.start() == 0 && d.end() == v.length())
            .ifPresent(d -> talk.duration = d.seconds());
        return true;
      }
      case "event" -> {
        if (!v.isEmpty() && talk.event == null) {
          talk.event = v;
        }
        return true;
      }
      case "title" -> {
        if (!v.isEmpty()) {
          if (talk.titleField == null) {
            talk.titleField = v;
          }
        }
        return true;
      }
      case "year" -> {
        if (!v.isEmpty() && v.length() <= 9 && v.chars().allMatch(c -> c >= '0' && c <= '9')) {
          talk.year = Integer.parseInt(v);
        }
        return true;
      }
      default -> {
        return false;
      }
    }
  }

  /**
   * Splits the talk's heading around the title a {@code Title:} field gave: labels before it,
   * speakers after it. Without such a field, or when the heading is not
   * {@code [Label: ]...Title[ - Speakers]}, the talk keeps what its heading gave, but for the title.
   *
   * @param talk the talk, its heading and fields read
   */
  static void applyTitle(TalkDraft.Builder talk) {
    String title = talk.titleField;
    if (title == null) {
      return;
    }
    talk.title = title;
    String heading = talk.heading;
    for (int at = heading.indexOf(title); at >= 0; at = heading.indexOf(title, at + 1)) {
      String before = heading.substring(0, at);
      String after = heading.substring(at + title.length());
      boolean labels = before.isEmpty() || before.endsWith(": ");
      boolean speakers = after.isEmpty() || after.length() > 3 && (after.startsWith(" - ")
          || after.startsWith(" \u2013 ") || after.startsWith(" \u2014 "));
      if (labels && speakers) {
        talk.labels = before.isEmpty() ? java.util.List.of()
            : java.util.List.of(before.substring(0, before.length() - 2).split(": "));
        talk.speakerPart = after.isEmpty() ? null : after.substring(3).strip();
        return;
      }
    }
  }
}

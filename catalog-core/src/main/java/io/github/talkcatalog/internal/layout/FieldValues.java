package io.github.talkcatalog.internal.layout;

import io.github.talkcatalog.internal.layout.SectionLayout.DraftTalk;
import io.github.talkcatalog.internal.read.DurationReader;
import java.util.Locale;

/**
 * The field bullets of a talk's section that carry a value rather than a link:
 * {@code - Duration: 1:02:03} (the recording's length, {@code H:MM:SS} or {@code M:SS}) and
 * {@code - Year: 2018}. The writer writes them for what a heading cannot carry.
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
  static boolean read(String label, String value, DraftTalk talk) {
    String v = value.strip();
    switch (label.toLowerCase(Locale.ROOT)) {
      case "duration" -> {
        DurationReader.find(v).filter(d -> d.start() == 0 && d.end() == v.length())
            .ifPresent(d -> talk.duration = d.seconds());
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
}

package io.github.talkcatalog.internal.read;

import java.util.Optional;

/**
 * Finds the year written next to a talk: {@code (2018)}, {@code (RegionalPy 2015)},
 * {@code [BogConf 2022]}. Linear in the text's length.
 */
public final class YearReader {

  private YearReader() {}

  /**
   * A year found in a bracketed group.
   *
   * @param year the year, 1900 to 2099
   * @param start index of the group's opening bracket
   * @param end index after the group's closing bracket
   */
  public record Found(int year, int start, int end) {}

  /**
   * The first group in {@code (…)} or {@code […]} whose last word is a year.
   *
   * @param text plain text
   * @return the year and the group's place, or empty
   */
  public static Optional<Found> find(String text) {
    int i = 0;
    while (i < text.length()) {
      char open = text.charAt(i);
      if (open != '(' && open != '[') {
        i++;
        continue;
      }
      char close = open == '(' ? ')' : ']';
      int end = text.indexOf(close, i + 1);
      if (end < 0) {
        return Optional.empty();
      }
      String inner = text.substring(i + 1, end);
      if (inner.indexOf(open) < 0 && inner.length() <= 60) {
        String last = inner.strip();
        int space = last.lastIndexOf(' ');
        last = space < 0 ? last : last.substring(space + 1);
        if (last.length() == 4 && last.chars().allMatch(Character::isDigit)
            && (last.startsWith("19") || last.startsWith("20"))) {
          return Optional.of(new Found(Integer.parseInt(last), i, end + 1));
        }
      }
      i++;
    }
    return Optional.empty();
  }

  /**
   * The event a year group names: the group's text when it holds more than the year
   * ({@code (RegionalPy 2015)} gives {@code "RegionalPy 2015"}, {@code (2018)} gives nothing).
   *
   * @param text the text {@link #find} was given
   * @param found what it found there
   * @return the event, as written
   */
  public static Optional<String> event(String text, Found found) {
    String inner = text.substring(found.start() + 1, found.end() - 1).strip();
    return inner.length() > 4 ? Optional.of(inner) : Optional.empty();
  }
}

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

  /** Words that join an organization to the names before it in prose ({@code Ann Lee from Acme}). */
  private static final List<String> ORGANIZATION_LEADS = List.of("from", "of", "at");

  /**
   * The speakers a prose paragraph names: the names it starts with, before a verb in lower case
   * ({@code Ann Lee and Bo Tran of Acme show ...}, {@code Ann Lee (Acme) explains ...}), or a run
   * of linked names ({@code ... from [Ann Lee](...), [Bo Tran](...) and [Kai Moreno](...):},
   * {@code see [Ann Lee's](...) talk}). An organization after {@code from}, {@code of} or
   * {@code at} is written as {@code Names, Organization}, which the speaker reader shares among
   * the names.
   *
   * @param paragraph the paragraph's plain text, markup resolved
   * @param linkTexts the texts of the paragraph's links, in order
   * @return the speaker text, and whether it came from linked names; empty when the paragraph
   *     names no speakers this way
   */
  public static Optional<Prose> prose(String paragraph, List<String> linkTexts) {
    String text = paragraph.strip();
    if (text.isEmpty() || text.length() > 2000) {
      return Optional.empty();
    }
    Optional<String> linked = linkedNames(text, linkTexts);
    if (linked.isPresent()) {
      return Optional.of(new Prose(linked.get(), true));
    }
    return leadingNames(text).map(n -> new Prose(n, false));
  }

  /**
   * Speakers named in a prose paragraph.
   *
   * @param speakers the speaker text, names with their organization
   * @param linked whether the names were the texts of links (a surer cue than plain words)
   */
  public record Prose(String speakers, boolean linked) {}

  /** The names a sentence starts with, before its verb; see {@link #prose}. */
  private static Optional<String> leadingNames(String text) {
    int n = text.length();
    int i = 0;
    int namesEnd = -1;
    int depth = 0;
    // the names: capitalized words, particles, joiners and parenthesized details, up to a word in
    // lower case (the verb, or "from"/"of" before an organization)
    while (i < n) {
      int end = text.indexOf(' ', i);
      if (end < 0) {
        end = n;
      }
      if (end == i) {
        i++;
        continue;
      }
      char c = text.charAt(i);
      boolean inParenthesis = depth > 0 || c == '(';
      for (int k = i; k < end; k++) {
        char ch = text.charAt(k);
        depth += ch == '(' ? 1 : ch == ')' && depth > 0 ? -1 : 0;
      }
      if (inParenthesis || Character.isUpperCase(c) || c == '&' || isJoinerOrParticle(text, i, end)) {
        namesEnd = end;
        i = end + 1;
        continue;
      }
      break;
    }
    if (namesEnd <= 0 || i >= n || !Character.isLowerCase(text.charAt(i))) {
      return Optional.empty();
    }
    String names = TalkHalves.trimSeparators(text.substring(0, namesEnd));
    if (names.endsWith(" and") || names.endsWith(" &")) {
      return Optional.empty();
    }
    int wordEnd = text.indexOf(' ', i);
    String next = text.substring(i, wordEnd < 0 ? n : wordEnd);
    if (Words.CONNECTORS.contains(next) && !ORGANIZATION_LEADS.contains(next)) {
      return Optional.empty(); // "Schema Migrations in Vitess": a title's words, not names before a verb
    }
    String organization = null;
    for (String lead : ORGANIZATION_LEADS) {
      if (text.startsWith(lead + " ", i) && i + lead.length() + 1 < n
          && Character.isUpperCase(text.charAt(i + lead.length() + 1))) {
        int from = i + lead.length() + 1;
        int j = from;
        int orgEnd = -1;
        while (j < n && Character.isUpperCase(text.charAt(j))) {
          int end = text.indexOf(' ', j);
          orgEnd = end < 0 ? n : end;
          j = orgEnd + 1;
        }
        if (orgEnd > 0 && j < n && Character.isLowerCase(text.charAt(j))) {
          organization = TalkHalves.trimSeparators(text.substring(from, orgEnd));
        }
        break;
      }
    }
    // "Ann Lee (Acme) and Bo Tran", or several names of which some are one word ("Xu and Ann Lee")
    if (!NameShape.isSpeakerPart(names) && !(NameShape.pieces(names).size() > 1 && NameShape.isNameList(names))) {
      return Optional.empty();
    }
    return Optional.of(organization == null || organization.isEmpty() ? names : names + ", " + organization);
  }

  private static boolean isJoinerOrParticle(String text, int start, int end) {
    String w = text.substring(start, end);
    return w.equals("and") || w.equals("and,") || Words.NAME_PARTICLES.contains(w);
  }

  /** The first run of links whose texts are personal names, joined by commas or {@code and}. */
  private static Optional<String> linkedNames(String text, List<String> linkTexts) {
    List<String> run = new java.util.ArrayList<>();
    int from = 0;
    int runEnd = -1;
    for (String link : linkTexts) {
      int at = link.isEmpty() ? -1 : text.indexOf(link, from);
      if (at < 0) {
        continue;
      }
      String name = withoutPossessive(link.strip());
      boolean isName = NameShape.isName(name);
      boolean joined = runEnd >= 0 && isJoiner(text.substring(runEnd, at));
      if (isName && (run.isEmpty() || joined)) {
        run.add(name);
        runEnd = at + link.length();
      } else if (!run.isEmpty()) {
        break;
      }
      from = at + link.length();
    }
    return run.isEmpty() ? Optional.empty() : Optional.of(String.join(", ", run));
  }

  /** Whether the text between two linked names only joins them: {@code ", "}, {@code " and "}. */
  private static boolean isJoiner(String between) {
    String t = between.strip();
    return t.isEmpty() || t.equals(",") || t.equals("&") || t.equals("and") || t.equals(", and");
  }

  private static String withoutPossessive(String s) {
    if (s.endsWith("'s") || s.endsWith("’s")) {
      return s.substring(0, s.length() - 2);
    }
    return s;
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

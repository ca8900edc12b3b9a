package io.github.talkcatalog.internal.read;

import io.github.talkcatalog.model.Affiliation;
import io.github.talkcatalog.model.Organization;
import io.github.talkcatalog.model.Speaker;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Reads speakers, roles and organizations from a heading's speaker part and from a summary that
 * repeats the heading with fuller details.
 *
 * <p>The heading decides who the speakers are; the summary spells out abbreviated names and adds
 * roles and organizations. Where the summary runs from the last organization straight into the
 * abstract, the boundary is found from, in order: the organization the heading gives, organizations
 * known from elsewhere in the catalog, organization words ({@code Labs}, {@code Research}, ...),
 * the shape of a sentence start. A word cut off by the summary's truncation is never taken for a
 * name, role or organization. All scans are linear in the input; no regular expressions.
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class SpeakerReader {

  private final Set<String> knownOrganizations;

  /**
   * Creates a reader.
   *
   * @param knownOrganizations organization names known from elsewhere (any case and spacing)
   */
  public SpeakerReader(java.util.Collection<String> knownOrganizations) {
    Set<String> keys = new LinkedHashSet<>();
    for (String o : knownOrganizations) {
      keys.add(Words.key(o));
    }
    this.knownOrganizations = Set.copyOf(keys);
  }

  // ---------------------------------------------------------------------------------------------
  // Heading

  /** A piece of a speaker list and the separator before it: 0 (start), ',', ';', '&' or 'a' (and). */
  private record Piece(String text, char sep) {}

  /**
   * Reads a heading's speaker part ({@code "A, Role, Org & B, Org"}).
   *
   * @param speakerPart plain text after the title/speaker separator
   * @return the speakers in order, possibly none
   */
  public List<Speaker> readHeading(String speakerPart) {
    return readHeading(speakerPart, new Trace());
  }

  /**
   * Records whether a reading consulted the known organizations in a way that a larger set could
   * change, so that a catalog-wide second reading can skip the talks it cannot change.
   */
  public static final class Trace {
    // hash codes of the keys asked about: small to keep for every talk of a large catalog; a
    // collision only costs a second reading
    private int[] asked = new int[4];
    private int size;

    void ask(String key) {
      if (size == asked.length) {
        asked = java.util.Arrays.copyOf(asked, size * 2);
      }
      asked[size++] = key.hashCode();
    }

    /**
     * Whether knowing {@code organizations} besides the reader's own could change the reading.
     *
     * @param organizationHashes hash codes of the organization keys ({@link Words#key}) the reader
     *     did not know
     * @return true when the reading asked about one of them (or one with the same hash code)
     */
    public boolean dependsOnAny(Set<Integer> organizationHashes) {
      for (int i = 0; i < size; i++) {
        if (organizationHashes.contains(asked[i])) {
          return true;
        }
      }
      return false;
    }
  }

  /**
   * Reads a heading's speaker part, recording in {@code trace} whether known organizations matter.
   *
   * @param speakerPart plain text after the title/speaker separator
   * @param trace where to record
   * @return the speakers in order, possibly none
   */
  public List<Speaker> readHeading(String speakerPart, Trace trace) {
    List<Piece> pieces = pieces(withoutEvent(speakerPart));
    List<String> names = new ArrayList<>();
    List<StringBuilder> details = new ArrayList<>();
    for (Piece p : pieces) {
      String t = p.text();
      if (t.isEmpty()) {
        continue;
      }
      boolean person = names.isEmpty() || isPersonName(t);
      if (person && !names.isEmpty()) {
        // a known organization shaped like a name is not a person
        String key = Words.key(t);
        trace.ask(key);
        person = !knownOrganizations.contains(key);
      }
      if (person) {
        String name = NameShape.withoutHonorific(stripHandle(t));
        names.add(name);
        // "Name (Org)": the parenthesis names an organization, "(@handle)" is decoration
        details.add(new StringBuilder(parenthesizedOrganization(t)));
      } else {
        StringBuilder d = details.get(details.size() - 1);
        if (d.length() > 0) {
          d.append(separatorText(p.sep()));
        }
        d.append(t);
      }
    }
    List<List<Affiliation>> affiliations = new ArrayList<>();
    for (StringBuilder d : details) {
      affiliations.add(affiliations(d.toString()));
    }
    share(affiliations);
    List<Speaker> speakers = new ArrayList<>();
    for (int i = 0; i < names.size(); i++) {
      speakers.add(Speaker.builder().name(names.get(i)).addAllAffiliations(affiliations.get(i)).build());
    }
    return dedupe(speakers);
  }

  /**
   * The speaker part without the event written after it ({@code "Ann Lee at BogConf 2014"},
   * {@code "Ann Lee - BogConf 2014"}, {@code "Ann Lee (BogConf 2014)"}).
   */
  static String withoutEvent(String speakerPart) {
    String s = speakerPart.strip();
    String[] half = TalkHalves.speakerHalf(s);
    if (half != null && half[1] != null) {
      return half[0];
    }
    TalkHalves.Reading r = TalkHalves.read(s);
    if (r.event().isPresent() && r.speakerPart().isEmpty() && NameShape.isSpeakerPart(r.title())) {
      return r.title();
    }
    return s;
  }

  /** The organization of {@code "Name (Org)"}; empty for a handle, an event or no parenthesis. */
  private static String parenthesizedOrganization(String t) {
    int open = t.indexOf(" (");
    if (open <= 0 || !t.endsWith(")")) {
      return "";
    }
    String inner = t.substring(open + 2, t.length() - 1).strip();
    if (inner.isEmpty() || inner.startsWith("@") || inner.contains("://") || EventShape.isEvent(inner)
        || !Words.isCapitalized(inner)) {
      return "";
    }
    return inner;
  }

  /**
   * Whether any piece of a speaker part (split at {@code , ; & and}) is shaped like a personal name.
   *
   * @param speakerPart a speaker part
   * @return false for {@code "Budget Office"}, true for {@code "Ann Lee, Acme"}
   */
  public static boolean hasPersonName(String speakerPart) {
    for (Piece p : pieces(withoutEvent(speakerPart))) {
      if (isPersonName(p.text()) || NameShape.isNameList(p.text())) {
        return true;
      }
    }
    return false;
  }

  /** "Name (Org)" and "Name (@handle)": the parenthesis is not part of the name. */
  private static String stripHandle(String t) {
    int open = t.indexOf(" (");
    if (open > 0 && t.endsWith(")")) {
      return t.substring(0, open).strip();
    }
    return t;
  }

  private static String separatorText(char sep) {
    return switch (sep) {
      case ';' -> "; ";
      case '&' -> " & ";
      case 'a' -> " and ";
      default -> ", ";
    };
  }

  private static List<Piece> pieces(String s) {
    List<Piece> out = new ArrayList<>();
    int start = 0;
    char sep = 0;
    int n = s.length();
    int depth = 0;
    for (int i = 0; i < n; i++) {
      char c = s.charAt(i);
      if (c == '(') {
        depth++;
      } else if (c == ')' && depth > 0) {
        depth--;
      }
      if (depth > 0) {
        continue;
      }
      char found = 0;
      int skip = 0;
      if (c == ',' || c == ';') {
        found = c;
        skip = 1;
      } else if (c == '&' && i > 0 && s.charAt(i - 1) == ' ' && i + 1 < n && s.charAt(i + 1) == ' ') {
        found = '&';
        skip = 1;
      } else if (c == ' ' && s.startsWith(" and ", i)) {
        found = 'a';
        skip = 5;
      }
      if (found != 0) {
        out.add(new Piece(s.substring(start, i).strip(), sep));
        sep = found;
        start = i + skip;
        i = start - 1;
      }
    }
    out.add(new Piece(s.substring(Math.min(start, n)).strip(), sep));
    // "Acme Widgets, Inc.": a suffix after a comma belongs to the organization before it
    List<Piece> merged = new ArrayList<>();
    for (Piece p : out) {
      if (p.sep() == ',' && !merged.isEmpty() && Words.ORGANIZATION_SUFFIXES.contains(Words.lower(p.text()))) {
        Piece prev = merged.remove(merged.size() - 1);
        merged.add(new Piece(prev.text() + ", " + p.text(), prev.sep()));
      } else {
        merged.add(p);
      }
    }
    return merged;
  }

  /**
   * Whether a piece of a speaker part is a personal name ({@link NameShape#isName}); a single
   * word of a script without case ({@code 王芳}) counts here, where the text is known to be a
   * speaker part.
   */
  static boolean isPersonName(String piece) {
    String t = stripHandle(piece.strip());
    if (t.indexOf(' ') < 0) {
      return NameShape.isCaseless(t);
    }
    return NameShape.isName(t);
  }

  // ---------------------------------------------------------------------------------------------
  // Affiliations

  /**
   * Reads one person's details ({@code "Role, Org"}, {@code "Org1 & Org2"},
   * {@code "Role, Org; Role"}) into affiliations.
   *
   * @param details the details, separators included
   * @return the affiliations in order, possibly none
   */
  static List<Affiliation> affiliations(String details) {
    List<Affiliation> out = new ArrayList<>();
    for (String group : details.split(";")) {
      String g = trimJoiners(group);
      if (g.isEmpty()) {
        continue;
      }
      StringBuilder pending = new StringBuilder();
      for (String part : splitAmpersands(g)) {
        String p = part.strip();
        if (p.isEmpty()) {
          continue;
        }
        // a part without a comma after a pending role continues that role ("Founder & CTO, Org")
        boolean organization = (pending.length() == 0 || p.indexOf(',') >= 0) && hasOrganization(p);
        if (pending.length() > 0) {
          pending.append(" & ");
        }
        pending.append(p);
        if (organization) {
          out.add(affiliation(pending.toString()));
          pending.setLength(0);
        }
      }
      if (pending.length() > 0) {
        out.add(affiliation(pending.toString()));
      }
    }
    return out;
  }

  /** Splits at {@code " & "}, without a regular expression. */
  private static List<String> splitAmpersands(String s) {
    List<String> parts = new ArrayList<>();
    int start = 0;
    for (int at = s.indexOf(" & "); at >= 0; at = s.indexOf(" & ", start)) {
      parts.add(s.substring(start, at));
      start = at + 3;
    }
    parts.add(s.substring(start));
    return parts;
  }

  /**
   * Strips the joiners of a list of names ({@code , ; &} and a trailing {@code and}) from both
   * ends, in linear time. Not {@link TalkHalves#trimSeparators}, which strips the separators
   * between a title and its speakers ({@code - | : /}).
   */
  static String trimJoiners(String s) {
    int start = 0;
    int end = s.length();
    while (true) {
      while (start < end && (Character.isWhitespace(s.charAt(start)) || ",;&".indexOf(s.charAt(start)) >= 0)) {
        start++;
      }
      while (end > start && (Character.isWhitespace(s.charAt(end - 1)) || ",;&".indexOf(s.charAt(end - 1)) >= 0)) {
        end--;
      }
      if (end - start >= 4 && s.startsWith(" and", end - 4)) {
        end -= 4;
        continue;
      }
      return s.substring(start, end);
    }
  }

  private static List<String> commaPieces(String s) {
    List<String> pieces = new ArrayList<>();
    for (String p : s.split(",")) {
      String t = p.strip();
      if (t.isEmpty()) {
        continue;
      }
      if (!pieces.isEmpty() && Words.ORGANIZATION_SUFFIXES.contains(Words.lower(t))) {
        pieces.set(pieces.size() - 1, pieces.get(pieces.size() - 1) + ", " + t);
      } else {
        pieces.add(t);
      }
    }
    return pieces;
  }

  private static boolean isRole(String piece) {
    for (String w : piece.split(" ")) {
      if (Words.isRoleWord(w)) {
        return true;
      }
    }
    return false;
  }

  private static boolean hasOrganization(String part) {
    List<String> pieces = commaPieces(part);
    return !pieces.isEmpty() && !isRole(pieces.get(pieces.size() - 1));
  }

  private static Affiliation affiliation(String part) {
    List<String> pieces = commaPieces(part);
    String last = pieces.get(pieces.size() - 1);
    if (isRole(last)) {
      return Affiliation.ofRole(String.join(", ", pieces));
    }
    if (pieces.size() == 1) {
      return Affiliation.ofOrganization(last);
    }
    return Affiliation.of(String.join(", ", pieces.subList(0, pieces.size() - 1)), last);
  }

  /**
   * "A & B, Org": a run of people without details before a person whose affiliations are
   * organizations only shares those organizations.
   */
  private static void share(List<List<Affiliation>> affiliations) {
    List<Affiliation> carry = List.of();
    for (int i = affiliations.size() - 1; i >= 0; i--) {
      List<Affiliation> a = affiliations.get(i);
      if (a.isEmpty()) {
        affiliations.set(i, carry);
      } else {
        boolean orgOnly = a.stream().allMatch(x -> x.role().isEmpty());
        carry = orgOnly ? a : List.of();
      }
    }
  }

  private static List<Speaker> dedupe(List<Speaker> speakers) {
    List<Speaker> out = new ArrayList<>();
    Set<String> seen = new LinkedHashSet<>();
    for (Speaker s : speakers) {
      if (seen.add(Words.key(s.name()))) {
        out.add(s);
      }
    }
    return out;
  }

  // ---------------------------------------------------------------------------------------------
  // Summary

  /**
   * Refines the heading's speakers with the details the summary repeats after the title.
   *
   * @param heading the speakers read from the heading
   * @param speakerText the summary's text after its title and separator (it runs on into the
   *     abstract)
   * @param truncated whether the summary was cut off by its source
   * @return the speakers with full names and the summary's affiliations where it gives them
   */
  public List<Speaker> withSummary(List<Speaker> heading, String speakerText, boolean truncated) {
    return withSummary(heading, speakerText, truncated, new Trace());
  }

  /**
   * Like {@link #withSummary(List, String, boolean)}, recording in {@code trace} whether known
   * organizations matter.
   */
  public List<Speaker> withSummary(
      List<Speaker> heading, String speakerText, boolean truncated, Trace trace) {
    int n = heading.size();
    String[] names = new String[n];
    int[] starts = new int[n];
    int[] ends = new int[n];
    int cursor = 0;
    for (int i = 0; i < n; i++) {
      int[] span = findName(speakerText, cursor, heading.get(i).name());
      if (span == null) {
        starts[i] = -1;
        continue;
      }
      starts[i] = span[0];
      ends[i] = span[1];
      names[i] = speakerText.substring(span[0], span[1]);
      cursor = span[1];
    }
    if (firstFound(starts) != 0) {
      // the summary does not start with a speaker's name: no echo to read
      return heading;
    }
    List<List<Affiliation>> found = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      if (starts[i] < 0) {
        found.add(List.of());
        continue;
      }
      int next = -1;
      for (int j = i + 1; j < n; j++) {
        if (starts[j] >= 0) {
          next = starts[j];
          break;
        }
      }
      if (next >= 0) {
        // a later name found where this one's span ends (overlapping matches) leaves nothing between
        found.add(affiliations(between(speakerText.substring(ends[i], Math.max(ends[i], next)))));
      } else {
        found.add(tail(speakerText.substring(ends[i]), truncated, headingOrganizations(heading, i), trace));
      }
    }
    share(found);
    List<Speaker> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      Speaker h = heading.get(i);
      String name = names[i] == null ? h.name() : names[i];
      List<Affiliation> a = found.get(i).isEmpty() ? h.affiliations() : found.get(i);
      out.add(Speaker.builder().name(name).addAllAffiliations(a).build());
    }
    return dedupe(out);
  }

  private static int firstFound(int[] starts) {
    for (int s : starts) {
      if (s >= 0) {
        return s;
      }
    }
    return -1;
  }

  /** The heading's organizations for speaker i, including the ones it shares. */
  private static List<String> headingOrganizations(List<Speaker> heading, int i) {
    List<String> orgs = new ArrayList<>();
    for (Affiliation a : heading.get(i).affiliations()) {
      a.organization().map(Organization::name).ifPresent(orgs::add);
    }
    return orgs;
  }

  /** Text between two names, without the separators around it. */
  private static String between(String s) {
    return trimJoiners(s);
  }

  /**
   * Finds a heading name in {@code text} from {@code from}: exactly, or, for a name with initials
   * ({@code "M. Ayoub"}), as the full name those initials stand for ({@code "Maroon Ayoub"}).
   *
   * @return {start, end} or null
   */
  static int[] findName(String text, int from, String name) {
    String[] tokens = name.split(" ");
    boolean abbreviated = false;
    for (String t : tokens) {
      if (Words.isInitial(t)) {
        abbreviated = true;
      }
    }
    if (!abbreviated) {
      int at = indexOfWord(text, name, from);
      return at < 0 ? null : new int[] {at, at + name.length()};
    }
    String surname = tokens[tokens.length - 1];
    int at = indexOfWord(text, surname, from);
    while (at >= 0) {
      int start = matchGivenNames(text, at, tokens);
      if (start >= 0) {
        return new int[] {start, at + surname.length()};
      }
      at = indexOfWord(text, surname, at + 1);
    }
    return null;
  }

  /** Walks back from the surname over one word per given-name token; -1 when they do not match. */
  private static int matchGivenNames(String text, int surnameAt, String[] tokens) {
    int pos = surnameAt;
    for (int k = tokens.length - 2; k >= 0; k--) {
      if (pos < 2 || text.charAt(pos - 1) != ' ') {
        return -1;
      }
      int end = pos - 1;
      int start = end;
      while (start > 0 && text.charAt(start - 1) != ' ') {
        start--;
      }
      String word = text.substring(start, end);
      if (word.isEmpty() || !Words.isCapitalized(word) || word.endsWith(",") || word.endsWith(":")) {
        return -1;
      }
      String token = tokens[k];
      if (Words.isInitial(token)) {
        if (word.codePointAt(0) != token.codePointAt(0)) {
          return -1;
        }
      } else if (!word.equals(token)) {
        return -1;
      }
      pos = start;
    }
    return pos;
  }

  private static int indexOfWord(String text, String word, int from) {
    int at = text.indexOf(word, from);
    while (at >= 0) {
      boolean startOk = at == 0 || !Character.isLetterOrDigit(text.charAt(at - 1));
      int end = at + word.length();
      boolean endOk = end >= text.length() || !Character.isLetterOrDigit(text.charAt(end));
      if (startOk && endOk) {
        return at;
      }
      at = text.indexOf(word, at + 1);
    }
    return -1;
  }

  /** A segment of the details after the last name, and the separator after it (0 at the end). */
  private record Segment(String text, char sep) {}

  private static List<Segment> segments(String s) {
    List<Segment> out = new ArrayList<>();
    int start = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      boolean amp = c == '&' && i > 0 && s.charAt(i - 1) == ' ' && i + 1 < s.length() && s.charAt(i + 1) == ' ';
      if (c == ',' || c == ';' || amp) {
        String t = s.substring(start, i).strip();
        if (t.isEmpty() && !out.isEmpty()) {
          // "; &": one separator
          Segment prev = out.remove(out.size() - 1);
          out.add(new Segment(prev.text(), prev.sep() == ';' || c == ';' ? ';' : c));
        } else {
          out.add(new Segment(t, c));
        }
        start = i + 1;
      }
    }
    out.add(new Segment(s.substring(start).strip(), (char) 0));
    return out;
  }

  /**
   * Reads the details after the last speaker's name, where they run on into the abstract.
   *
   * @param rest the text after the name
   * @param truncated whether the text was cut off by its source
   * @param hints organizations the heading gives this speaker
   */
  private List<Affiliation> tail(String rest, boolean truncated, List<String> hints, Trace trace) {
    String s = rest.strip();
    if (!s.startsWith(",")) {
      return List.of();
    }
    s = s.substring(1);
    List<Segment> segments = segments(s);
    StringBuilder details = new StringBuilder();
    for (int i = 0; i < segments.size(); i++) {
      Segment seg = segments.get(i);
      String[] words = seg.text().isEmpty() ? new String[0] : seg.text().split(" ");
      boolean last = seg.sep() == 0;
      boolean nextLower = !last && (segments.get(i + 1).text().isEmpty()
          || !Words.isCapitalized(segments.get(i + 1).text().split(" ")[0]));
      if (!last && !nextLower && plausible(words, words.length) && !sentenceStartInside(words)
          && !startsWithHint(words, hints)) {
        details.append(seg.text()).append(separatorText(seg.sep() == ',' ? ',' : seg.sep()));
        continue;
      }
      int k = organizationEnd(words, last && truncated, last && !truncated, hints, trace);
      for (int w = 0; w < k; w++) {
        details.append(w == 0 ? "" : " ").append(words[w]);
      }
      break;
    }
    return affiliations(between(details.toString()));
  }

  private boolean startsWithHint(String[] words, List<String> hints) {
    for (String h : hints) {
      int k = h.split(" ").length;
      if (k < words.length && Words.key(join(words, k)).equals(Words.key(h))) {
        return true;
      }
    }
    return false;
  }

  /**
   * How many of {@code words} form the organization before the abstract starts.
   *
   * @param cut the last word is a fragment cut off by truncation
   * @param endAllowed the whole segment may be the organization (nothing follows it)
   * @return 0 to words.length
   */
  private int organizationEnd(
      String[] words, boolean cut, boolean endAllowed, List<String> hints, Trace trace) {
    int n = words.length;
    if (n == 0) {
      return 0;
    }
    // 1. the organization the heading gives wins
    for (String h : hints) {
      int k = h.split(" ").length;
      if (k <= n && Words.key(join(words, k)).equals(Words.key(h)) && (k < n || endAllowed)) {
        return k;
      }
    }
    // 2. the longest organization known from elsewhere in the catalog
    for (int k = Math.min(n, 8); k >= 1; k--) {
      if ((k < n || endAllowed) && (k == n || validEnd(words, k))) {
        String key = Words.key(join(words, k));
        trace.ask(key);
        if (knownOrganizations.contains(key)) {
          return k;
        }
      }
    }
    // 3. a cut-off tail of capitalized words: a fragment, never an organization
    if (cut && plausible(words, n)) {
      return 0;
    }
    // 4. nothing follows: a short capitalized tail is the organization
    if (endAllowed && n <= 6 && plausible(words, n) && !sentenceStartInside(words)) {
      return n;
    }
    // 5. organization words (Labs, Research, AI, ...) end it
    for (int k = Math.min(n - 1, 5); k >= 1; k--) {
      if (validEnd(words, k) && Words.isOrganizationWord(words[k - 1])) {
        return k;
      }
    }
    // 6. a word that starts sentences starts the abstract
    for (int k = 1; k < n && k <= 6; k++) {
      if (validEnd(words, k) && Words.isSentenceStart(words[k])) {
        return k;
      }
    }
    // 7. the shortest
    for (int k = 1; k < n && k <= 6; k++) {
      if (validEnd(words, k)) {
        return k;
      }
    }
    return 0;
  }

  /** The organization may end after word k: it is plausible and the abstract starts capitalized. */
  private static boolean validEnd(String[] words, int k) {
    if (k >= words.length || !plausible(words, k)) {
      return false;
    }
    String lastOrgWord = words[k - 1];
    if (Words.CONNECTORS.contains(Words.lower(lastOrgWord))) {
      return false;
    }
    return Words.isCapitalized(words[k]);
  }

  /** The first k words can be a role or organization: capitalized words and connectors only. */
  private static boolean plausible(String[] words, int k) {
    if (k == 0 || k > 10) {
      return false;
    }
    for (int i = 0; i < k; i++) {
      String w = words[i];
      if (w.isEmpty()) {
        return false;
      }
      if (!Words.isCapitalized(w) && !(i > 0 && Words.CONNECTORS.contains(Words.lower(w)))) {
        return false;
      }
    }
    return true;
  }

  private static boolean sentenceStartInside(String[] words) {
    for (int i = 1; i < words.length; i++) {
      if (Words.isSentenceStart(words[i]) && Character.isUpperCase(words[i].codePointAt(0))) {
        return true;
      }
    }
    return false;
  }

  private static String join(String[] words, int k) {
    return String.join(" ", java.util.Arrays.asList(words).subList(0, k));
  }

  /**
   * The organizations of a list of speakers, for a catalog-wide registry.
   *
   * @param speakers any speakers
   * @return their organizations' names
   */
  public static List<String> organizations(List<Speaker> speakers) {
    List<String> out = new ArrayList<>();
    for (Speaker s : speakers) {
      for (Affiliation a : s.affiliations()) {
        a.organization().map(Organization::name).ifPresent(out::add);
      }
    }
    return out;
  }

  /** Optional helper for layouts that need to know whether a text reads as a personal name. */
  public static Optional<String> asPersonName(String text) {
    String t = text.strip();
    return isPersonName(t) ? Optional.of(t) : Optional.empty();
  }
}

package io.github.talkcatalog.internal.read;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the whole document says about how its talks are written, computed once from every talk's
 * title and speaker part as the layout read them:
 * <ul>
 *   <li>{@link #events()}: trailing segments ({@code ... | Segment}, {@code ... - Segment},
 *       {@code ... at Segment}) that recur on {@value #RECURRING} or more talks: a document does
 *       not have one title ending on many talks, so such a segment is the event (or the venue),
 *       never a speaker or an organization; after a dash a personal name stays a speaker (a
 *       document of one person's talks);
 *   <li>{@link #commaMeansOrganization()}: whether {@code Name, Word Word} reads as a person and an
 *       organization in this document: yes when its unambiguous entries ({@code Ann Lee, Acme
 *       Corp}, {@code Ann Lee, CTO, Acme}) outnumber its lists of names only two to one
 *       ({@code Ann Lee, Bo Tran}); then {@code Ann Lee, CEO, Harbor Perception} names an
 *       organization, never a second speaker.
 * </ul>
 * Pure and immutable.
 *
 * @param events keys ({@link Words#key}) of the recurring trailing segments
 * @param commaMeansOrganization whether a name-shaped piece after a comma ends a speaker's details
 * @param organizations name-shaped pieces that end two or more speaker parts {@code Name, Piece}
 *     ({@code Ann Lee, Acme Widgets} and {@code Bo Tran, Acme Widgets}) or follow a role once
 *     ({@code Ann Lee, CEO, Harbor Perception}), as written, when {@code commaMeansOrganization}:
 *     the document names them as organizations
 */
public record TextProfile(Set<String> events, boolean commaMeansOrganization, Set<String> organizations) {

  /** How many talks a trailing segment must end to be the document's event. */
  public static final int RECURRING = 3;

  /** A profile that knows nothing: no events, commas separate people. */
  public static final TextProfile NONE = new TextProfile(Set.of(), false, Set.of());

  private static final List<String> TITLE_SEPARATORS = List.of(" | ", " \u2014 ", " \u2013 ", " - ", " -- ");
  private static final List<String> SPEAKER_SEPARATORS = List.of(" | ", " \u2014 ", " \u2013 ", " - ", " at ");

  /**
   * Builds the profile of a document.
   *
   * @param titles every talk's title, in document order
   * @param speakerParts every talk's speaker part, null where it has none
   * @return the profile
   */
  public static TextProfile of(List<String> titles, List<String> speakerParts) {
    Map<String, Integer> counts = new HashMap<>();
    for (String t : titles) {
      String tail = tail(t, TITLE_SEPARATORS);
      if (tail != null) {
        counts.merge(Words.key(tail), 1, Integer::sum);
      }
    }
    int organizationVotes = 0;
    int personVotes = 0;
    Map<String, Integer> commaTails = new HashMap<>();
    Map<String, String> written = new HashMap<>();
    for (String p : speakerParts) {
      if (p == null) {
        continue;
      }
      String tail = tail(p, SPEAKER_SEPARATORS);
      if (tail != null) {
        counts.merge(Words.key(tail), 1, Integer::sum);
      }
      List<String> pieces = NameShape.pieces(p);
      if (pieces.size() == 2 && p.indexOf(',') > 0 && NameShape.isName(pieces.get(1))) {
        String org = NameShape.withoutParenthesis(pieces.get(1));
        commaTails.merge(Words.key(org), 1, Integer::sum);
        written.putIfAbsent(Words.key(org), org);
      }
      // "Ann Lee, CEO, Harbor Perception": after a role, a name-shaped piece is the organization
      for (int i = 2; i < pieces.size() && p.indexOf(',') > 0; i++) {
        if (isRole(pieces.get(i - 1)) && NameShape.isName(pieces.get(i))) {
          String org = NameShape.withoutParenthesis(pieces.get(i));
          commaTails.merge(Words.key(org), 2, Integer::sum);
          written.putIfAbsent(Words.key(org), org);
        }
      }
      int vote = commaVote(p);
      if (vote > 0) {
        organizationVotes++;
      } else if (vote < 0) {
        personVotes++;
      }
    }
    Set<String> events = new java.util.HashSet<>();
    for (Map.Entry<String, Integer> e : counts.entrySet()) {
      if (e.getValue() >= RECURRING) {
        events.add(e.getKey());
      }
    }
    boolean comma = organizationVotes >= 2 && organizationVotes > 2 * personVotes;
    Set<String> organizations = new java.util.LinkedHashSet<>();
    if (comma) {
      for (Map.Entry<String, Integer> e : commaTails.entrySet()) {
        if (e.getValue() >= 2) {
          organizations.add(written.get(e.getKey()));
        }
      }
    }
    return new TextProfile(Set.copyOf(events), comma, Set.copyOf(organizations));
  }

  /**
   * A title without a recurring trailing segment.
   *
   * @param title a title
   * @return {title, event} where event is null when the title does not end with one
   */
  public String[] title(String title) {
    return cut(title, TITLE_SEPARATORS);
  }

  /**
   * A speaker part without a recurring trailing segment.
   *
   * @param speakerPart a speaker part
   * @return {speakerPart, event} where event is null when it does not end with one
   */
  public String[] speakerPart(String speakerPart) {
    return cut(speakerPart, SPEAKER_SEPARATORS);
  }

  private String[] cut(String s, List<String> separators) {
    if (s == null || events.isEmpty()) {
      return new String[] {s, null};
    }
    int at = lastSeparator(s, separators);
    if (at < 0) {
      return new String[] {s, null};
    }
    String sep = separatorAt(s, at, separators);
    String tail = s.substring(at + sep.length()).strip();
    String head = TalkHalves.trimSeparators(s.substring(0, at).strip());
    if (head.isEmpty() || !events.contains(Words.key(tail))) {
      return new String[] {s, null};
    }
    return new String[] {head, tail};
  }

  /** The trailing segment after the last separator, when it is no personal name; else null. */
  private static String tail(String s, List<String> separators) {
    int at = lastSeparator(s, separators);
    if (at <= 0) {
      return null;
    }
    String sep = separatorAt(s, at, separators);
    String tail = s.substring(at + sep.length()).strip();
    // after a dash, a name is a speaker even when it recurs (a document of one person's talks);
    // after "|" or "at" it names the event or venue
    boolean dash = !sep.equals(" | ") && !sep.equals(" at ");
    if (tail.isEmpty() || tail.length() > 80 || (dash && NameShape.isSpeakerPart(tail))) {
      return null;
    }
    return tail;
  }

  private static int lastSeparator(String s, List<String> separators) {
    int best = -1;
    for (String sep : separators) {
      best = Math.max(best, s.lastIndexOf(sep));
    }
    return best;
  }

  private static String separatorAt(String s, int at, List<String> separators) {
    for (String sep : separators) {
      if (s.startsWith(sep, at)) {
        return sep;
      }
    }
    return separators.get(0);
  }

  /**
   * +1 when a speaker part shows a name followed by unambiguous details after a comma
   * ({@code Ann Lee, Acme Corp}); -1 when it is a comma list of names only ({@code Ann Lee, Bo
   * Tran}); 0 otherwise.
   */
  private static int commaVote(String speakerPart) {
    if (speakerPart.indexOf(',') < 0) {
      return 0;
    }
    List<String> pieces = NameShape.pieces(speakerPart);
    if (pieces.size() < 2 || !NameShape.isName(pieces.get(0))) {
      return 0;
    }
    boolean allNames = true;
    for (int i = 1; i < pieces.size(); i++) {
      String p = pieces.get(i);
      if (!NameShape.isName(p)) {
        allNames = false;
        if (hasOrganizationOrRoleWord(p)) {
          return 1;
        }
      }
    }
    // "Ann Lee, Bo Tran" is the ambiguous shape itself; three or more names are a list of people
    return allNames && pieces.size() >= 3 ? -1 : 0;
  }

  /** A piece made of role words and connectors only: {@code CEO}, {@code Staff Engineer}. */
  private static boolean isRole(String piece) {
    boolean role = false;
    for (String w : piece.strip().split(" ")) {
      if (Words.isRoleWord(w)) {
        role = true;
      } else if (!Words.CONNECTORS.contains(Words.lower(w)) && !Character.isUpperCase(w.isEmpty() ? 'x' : w.charAt(0))) {
        return false;
      }
    }
    return role;
  }

  private static boolean hasOrganizationOrRoleWord(String piece) {
    String t = piece.strip();
    if (t.length() >= 2 && t.indexOf(' ') < 0 && t.chars().allMatch(Character::isUpperCase)) {
      return true; // an acronym: "IBM"
    }
    for (String w : piece.split(" ")) {
      if (Words.isOrganizationWord(w) || Words.isRoleWord(w)
          || Words.ORGANIZATION_SUFFIXES.contains(Words.lower(w))) {
        return true;
      }
    }
    return false;
  }
}

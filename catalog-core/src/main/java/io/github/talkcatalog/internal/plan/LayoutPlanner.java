package io.github.talkcatalog.internal.plan;

import io.github.talkcatalog.internal.lines.Heading;
import io.github.talkcatalog.internal.lines.LineMap;
import io.github.talkcatalog.internal.source.SourceText;
import java.util.ArrayList;
import java.util.List;

/**
 * Decides what a document's headings are, from the line map and what each heading's body holds:
 *
 * <ol>
 *   <li>A level-1 heading first in the document titles the catalog; the lines up to the first talk
 *       (or grouping) heading are the introduction.
 *   <li>A heading whose body holds talks written as entries ({@link BodyEvidence}) is an
 *       {@link Region.Entries} region: the entries' section.
 *   <li>The talks' level is the most frequent level among the other headings that have content of
 *       their own directly under them (a grouping heading with only deeper headings under it does
 *       not count).
 *   <li>A heading above that level groups ({@link Region.Grouping}); a heading at it is a talk
 *       ({@link Region.HeadingTalk}) whose body runs to the next heading at its level or above; a
 *       deeper heading is part of the talk above it ({@link Region.Ignored}).
 * </ol>
 */
public final class LayoutPlanner {

  private LayoutPlanner() {}

  /** What a heading's body holds; answered by the region readers, asked once per heading. */
  public interface BodyEvidence {
    /**
     * Whether the body of {@code heading}, up to line {@code end}, holds talks written as entries.
     *
     * @param heading the heading
     * @param end the line of the next heading, or after the last line
     * @return true when the heading is a section over entries
     */
    boolean holdsEntries(Heading heading, int end);

    /**
     * What the heading and its own body, up to line {@code end}, show.
     *
     * @param heading the heading
     * @param end the line of the next heading, or after the last line
     * @return the evidence; {@link Evidence#NONE} by default
     */
    default Evidence evidence(Heading heading, int end) {
      return Evidence.NONE;
    }

    /**
     * Whether lines {@code from} to {@code to} (the introduction) hold talks written as entries.
     *
     * @param from first line
     * @param to the line after the last
     * @return true when they do; false by default
     */
    default boolean introHoldsEntries(int from, int to) {
      return false;
    }

    /**
     * What the entries under {@code heading}, up to line {@code end}, carry; asked only of headings
     * for which {@link #holdsEntries} answered true.
     *
     * @param heading the heading
     * @param end the line of the next heading, or after the last line
     * @return the counts; by default one entry, recorded and naming a speaker
     */
    default EntryEvidence entryEvidence(Heading heading, int end) {
      return new EntryEvidence(1, 1, 1, heading.lastLine() + 1, 1);
    }

    /**
     * Whether the heading's text names things that are not talks ({@code Blog posts}, {@code Articles}).
     *
     * @param heading the heading
     * @return false by default
     */
    default boolean namesNotTalks(Heading heading) {
      return false;
    }
  }

  /**
   * Plans a document.
   *
   * @param map the document's line map
   * @param evidence what each heading's body holds
   * @return the plan
   */
  public static Plan plan(LineMap map, BodyEvidence evidence) {
    SourceText source = map.source();
    List<Heading> all = map.headings();
    int after = source.lineCount() + 1;
    Heading title = null;
    int introFrom = 1;
    int index = 0;
    if (!all.isEmpty() && all.get(0).level() == 1) {
      title = all.get(0);
      introFrom = title.lastLine() + 1;
      index = 1;
    }
    List<Heading> rest = all.subList(index, all.size());
    boolean[] entries = new boolean[rest.size()];
    for (int i = 0; i < rest.size(); i++) {
      entries[i] = evidence.holdsEntries(rest.get(i), next(rest, i, after));
    }
    int talkLevel = talkLevel(rest, source, entries, after);
    int firstTalk = -1;
    Evidence[] evidences = new Evidence[rest.size()];
    boolean anyTalkEvidence = false;
    for (int i = 0; i < rest.size(); i++) {
      boolean atLevel = rest.get(i).level() == talkLevel;
      if (atLevel && firstTalk < 0) {
        firstTalk = i;
      }
      if (atLevel && !entries[i]) {
        evidences[i] = evidence.evidence(rest.get(i), next(rest, i, after));
        anyTalkEvidence |= evidences[i] == Evidence.TALK;
      }
    }
    int introTo = firstTalk < 0 ? after : rest.get(firstTalk).line();
    if (!rest.isEmpty() && rest.get(0).line() < introTo && (rest.get(0).level() < talkLevel || entries[0])) {
      introTo = rest.get(0).line();
    }
    // Rule: in a document whose talk headings carry talk evidence, a heading that only links a
    // playlist is an event, not a talk. When no talk heading carries any and the introduction
    // holds talks written as entries, those entries are the catalog and the headings are not talks.
    boolean headingsAreNotTalks = !anyTalkEvidence && firstTalk >= 0 && evidence.introHoldsEntries(introFrom, introTo);
    EntryEvidence[] counts = entryEvidence(rest, entries, evidence, after);
    boolean[] notTalkEntries = notTalkEntries(rest, entries, counts, evidences, evidence);
    // Rule: where the document's sections of entries at the talks' level outnumber its talk
    // headings with evidence, a heading there with neither talk evidence nor text (an empty
    // section, a navigation line, an event over links or a playlist) is not a talk.
    int entrySections = 0;
    int evidenced = 0;
    for (int i = 0; i < rest.size(); i++) {
      if (rest.get(i).level() == talkLevel) {
        entrySections += entries[i] && !notTalkEntries[i] ? 1 : 0;
        evidenced += evidences[i] == Evidence.TALK ? 1 : 0;
      }
    }
    boolean emptySections = entrySections > evidenced;
    // Rule: an event-shaped heading over links only (slides, an event page) is an event when the
    // document writes events as headings: another heading at the talks' level only links a playlist.
    boolean eventHeadings = false;
    for (Evidence e : evidences) {
      eventHeadings |= e == Evidence.PLAYLIST_ONLY;
    }
    boolean[] notTalk = new boolean[rest.size()];
    boolean sectionTalks = false;
    for (int i = 0; i < rest.size(); i++) {
      if (evidences[i] == null) {
        continue;
      }
      notTalk[i] = headingsAreNotTalks
          || anyTalkEvidence && evidences[i] == Evidence.PLAYLIST_ONLY
          || anyTalkEvidence && eventHeadings && evidences[i] == Evidence.EVENT_LINKS
          || emptySections && evidences[i] != Evidence.TALK && evidences[i] != Evidence.NONE;
      sectionTalks |= !notTalk[i];
    }

    List<Region> regions = new ArrayList<>();
    Heading section = null;
    boolean insideTalk = false;
    for (int i = 0; i < rest.size(); i++) {
      Heading h = rest.get(i);
      if (entries[i] && !(insideTalk && h.level() > talkLevel)) {
        boolean groups = h.level() < talkLevel;
        if (notTalkEntries[i]) {
          regions.add(new Region.NotTalks(h, h.lastLine() + 1, next(rest, i, after), counts[i],
              namesNotTalks(rest, i, evidence)));
        } else {
          regions.add(new Region.Entries(h, h.lastLine() + 1, next(rest, i, after), groups));
        }
        if (groups) {
          section = h;
        }
        insideTalk = false;
      } else if (h.level() < talkLevel) {
        regions.add(new Region.Grouping(h));
        section = h;
        insideTalk = false;
      } else if (h.level() > talkLevel) {
        regions.add(new Region.Ignored(h, null));
      } else if (notTalk[i]) {
        regions.add(new Region.Ignored(h, evidences[i]));
        insideTalk = false;
      } else {
        insideTalk = true;
        int end = after;
        for (int j = i + 1; j < rest.size(); j++) {
          if (rest.get(j).level() <= talkLevel) {
            end = rest.get(j).line();
            break;
          }
        }
        regions.add(new Region.HeadingTalk(h, end, section));
      }
    }
    return new Plan(title, introFrom, introTo, !sectionTalks, talkLevel, regions);
  }

  /** What the entries under each heading that holds entries carry; null for the other headings. */
  private static EntryEvidence[] entryEvidence(List<Heading> rest, boolean[] entries, BodyEvidence evidence,
      int after) {
    EntryEvidence[] counts = new EntryEvidence[rest.size()];
    for (int i = 0; i < rest.size(); i++) {
      if (entries[i]) {
        counts[i] = evidence.entryEvidence(rest.get(i), next(rest, i, after));
      }
    }
    return counts;
  }

  /**
   * Rule: sections of entries that are not talks. A section whose entries mostly carry no video
   * (fewer than a quarter) is not a list of talks when its heading, or one above it, names things
   * that are not talks ({@code ## Blog posts}); or when another part of the document is a recorded
   * catalog (three or more talk headings, at least half with talk evidence, or a section of three or
   * more entries, at least half with a video) and fewer than half of the section's entries name a
   * speaker (a list of articles, events or links).
   */
  private static boolean[] notTalkEntries(List<Heading> rest, boolean[] entries, EntryEvidence[] counts,
      Evidence[] evidences, BodyEvidence evidence) {
    boolean recordedPart = false;
    int headingTalks = 0;
    int withEvidence = 0;
    for (int i = 0; i < rest.size(); i++) {
      if (counts[i] != null) {
        recordedPart |= counts[i].recordedCatalog();
      } else if (evidences[i] != null) {
        headingTalks++;
        withEvidence += evidences[i] == Evidence.TALK ? 1 : 0;
      }
    }
    recordedPart |= headingTalks >= 3 && withEvidence * 2 >= headingTalks;
    boolean[] out = new boolean[rest.size()];
    for (int i = 0; i < rest.size(); i++) {
      EntryEvidence c = counts[i];
      if (c == null || !c.mostlyUnrecorded()) {
        continue;
      }
      out[i] = namesNotTalks(rest, i, evidence) || recordedPart && c.withSpeaker() * 2 < c.entries();
    }
    return out;
  }

  /** Whether heading {@code i}, or a heading above it (a lower level, earlier), names things that are not talks. */
  private static boolean namesNotTalks(List<Heading> rest, int i, BodyEvidence evidence) {
    int level = rest.get(i).level() + 1;
    for (int j = i; j >= 0 && level > 1; j--) {
      Heading h = rest.get(j);
      if (h.level() < level) {
        if (evidence.namesNotTalks(h)) {
          return true;
        }
        level = h.level();
      }
    }
    return false;
  }

  private static int next(List<Heading> headings, int i, int after) {
    return i + 1 < headings.size() ? headings.get(i + 1).line() : after;
  }

  /**
   * The level most talk headings have: the most frequent heading level below the title, counting
   * only headings with content directly under them, so that grouping headings ({@code ## Day 1},
   * a year) with nothing but deeper headings under them are not taken for talks.
   */
  private static int talkLevel(List<Heading> headings, SourceText source, boolean[] entries, int after) {
    int[] counts = new int[7];
    int[] withContent = new int[7];
    for (int i = 0; i < headings.size(); i++) {
      Heading h = headings.get(i);
      if (entries[i]) {
        continue;
      }
      counts[h.level()]++;
      int next = next(headings, i, after);
      for (int l = h.lastLine() + 1; l < next; l++) {
        if (!source.line(l).isBlank()) {
          withContent[h.level()]++;
          break;
        }
      }
    }
    int[] use = java.util.Arrays.stream(withContent).sum() > 0 ? withContent : counts;
    int best = 2;
    int bestCount = 0;
    for (int level = 1; level <= 6; level++) {
      if (use[level] > bestCount) {
        best = level;
        bestCount = use[level];
      }
    }
    return best;
  }
}

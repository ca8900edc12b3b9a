package io.github.talkcatalog.internal.plan;

/**
 * The structural part of a document's profile: how the planner found the document's talks
 * written, decided from the line map before any region is read. Immutable.
 *
 * @param talkLevel the heading level of the talks, 1 to 6 (2 when no heading says otherwise)
 * @param headingTalks how many headings are read as talks under their own heading
 *     ({@link Region.HeadingTalk} regions), 0 or more
 * @param entrySections how many headings hold talks written as entries ({@link Region.Entries}
 *     regions), 0 or more
 * @param introEntries whether the introduction may itself hold talks written as entries (no
 *     heading is read as a talk)
 */
public record Structure(int talkLevel, int headingTalks, int entrySections, boolean introEntries) {

  /**
   * The structure of a detail page or a document read without a plan: talks at level 2, none
   * counted.
   */
  public static final Structure NONE = new Structure(2, 0, 0, false);

  /**
   * The structure a plan describes.
   *
   * @param plan the document's plan
   * @return its structure; never null
   */
  public static Structure of(Plan plan) {
    int headingTalks = 0;
    int entrySections = 0;
    for (Region r : plan.regions()) {
      if (r instanceof Region.HeadingTalk) {
        headingTalks++;
      } else if (r instanceof Region.Entries) {
        entrySections++;
      }
    }
    return new Structure(plan.talkLevel(), headingTalks, entrySections, plan.introEntries());
  }
}

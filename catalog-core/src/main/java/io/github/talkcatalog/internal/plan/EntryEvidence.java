package io.github.talkcatalog.internal.plan;

/**
 * What the entries under one heading carry, as the list reader counts them: the planner's evidence
 * that a section of entries is a list of talks. Immutable.
 *
 * @param entries how many entries read as talks (0 or more)
 * @param recorded how many of them carry a video link (YouTube, a video host, a video file)
 * @param withSpeaker how many of them name a speaker
 * @param line 1-based line of the first entry, 0 when there is none
 * @param column 1-based column of the first entry, 0 when there is none
 */
public record EntryEvidence(int entries, int recorded, int withSpeaker, int line, int column) {

  /**
   * Whether fewer than a quarter of the entries carry a video link.
   *
   * @return true for 0 of 1, 1 of 5; false for 1 of 4 and for no entries
   */
  boolean mostlyUnrecorded() {
    return entries > 0 && recorded * 4 < entries;
  }

  /**
   * Whether at least three entries read as talks and at least half carry a video link.
   *
   * @return true for 2 of 3, false for 2 of 2
   */
  boolean recordedCatalog() {
    return entries >= 3 && recorded * 2 >= entries;
  }
}

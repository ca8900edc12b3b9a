package io.github.talkcatalog.internal.plan;

import io.github.talkcatalog.internal.lines.Heading;
import java.util.List;

/**
 * What a document is, decided before any region is read. Immutable.
 *
 * @param title the level-1 heading that titles the catalog, or null
 * @param introFrom the first line of the introduction
 * @param introTo the line after the introduction ({@code <= introFrom} when there is none)
 * @param introEntries whether the introduction may itself hold talks written as entries (a
 *     document with no talk headings)
 * @param talkLevel the heading level of the talks
 * @param regions the regions after the introduction, in document order
 */
public record Plan(Heading title, int introFrom, int introTo, boolean introEntries, int talkLevel,
    List<Region> regions) {

  /** Copies the regions. */
  public Plan {
    regions = List.copyOf(regions);
  }
}

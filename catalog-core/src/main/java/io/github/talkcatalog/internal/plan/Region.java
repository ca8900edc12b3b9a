package io.github.talkcatalog.internal.plan;

import io.github.talkcatalog.internal.lines.Heading;

/** One part of a document and how it is to be read. Immutable. */
public sealed interface Region {

  /**
   * The heading the region starts with.
   *
   * @return the heading
   */
  Heading heading();

  /**
   * A talk written under its own heading (layouts L1, A1-A5): the heading and its body up to
   * {@code end}, deeper headings included.
   *
   * @param heading the talk's heading
   * @param end the line after the talk's body
   * @param section the grouping heading over the talk, or null
   */
  record HeadingTalk(Heading heading, int end, Heading section) implements Region {}

  /**
   * Talks written as entries (list items, table rows, lines) under a heading, which is their
   * section (layouts A6-A14).
   *
   * @param heading the heading over the entries
   * @param from the first line of the body
   * @param to the line after the body
   * @param groups whether the heading also groups the talk headings after it (sets their section)
   */
  record Entries(Heading heading, int from, int to, boolean groups) implements Region {}

  /**
   * Entries under a heading that are not talks: a list of articles, events or links in a document
   * whose talks carry videos, or a section whose heading names things that are not talks
   * ({@code ## Blog posts}).
   *
   * @param heading the heading over the entries
   * @param from the first line of the body
   * @param to the line after the body
   * @param evidence what the entries carry
   * @param named whether the heading (or one above it) names things that are not talks
   */
  record NotTalks(Heading heading, int from, int to, EntryEvidence evidence, boolean named) implements Region {}

  /**
   * A heading that groups the talk headings below it: their {@code section}.
   *
   * @param heading the heading
   */
  record Grouping(Heading heading) implements Region {}

  /**
   * A heading that is neither a talk nor a group: deeper than the talks, it belongs to the body of
   * the talk above it (or stands before the first talk); or at the talks' level without talk
   * evidence where the document's talks are elsewhere.
   *
   * @param heading the heading
   * @param evidence why a heading at the talks' level is not a talk ({@link Evidence#PLAYLIST_ONLY},
   *     {@link Evidence#EVENT_LINKS} or {@link Evidence#NONE}); null for a deeper heading
   */
  record Ignored(Heading heading, Evidence evidence) implements Region {}
}

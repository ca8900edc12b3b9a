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
   * A heading that groups the talk headings below it: their {@code section}.
   *
   * @param heading the heading
   */
  record Grouping(Heading heading) implements Region {}

  /**
   * A heading that is neither a talk nor a group: deeper than the talks, it belongs to the body of
   * the talk above it (or stands before the first talk).
   *
   * @param heading the heading
   */
  record Ignored(Heading heading) implements Region {}
}

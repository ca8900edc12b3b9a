package io.github.talkcatalog.internal.plan;

/** What a heading's own body (up to the next heading) shows about the heading. */
public enum Evidence {
  /** A video or recording link, an embed, a field bullet or a speaker line: the heading is a talk. */
  TALK,
  /** Links to a playlist (or a video of a playlist named as one) and no other talk evidence: an event. */
  PLAYLIST_ONLY,
  /**
   * An event-shaped heading ({@code RiverConf 2031}) whose body holds only links (slides, an event
   * page) and no sentence: an event, not a talk.
   */
  EVENT_LINKS,
  /**
   * No talk evidence and no text: an empty body, a table with only its header row, a thematic
   * break, or links only (a navigation line).
   */
  EMPTY,
  /** Nothing that marks a talk: prose, slides or event links, or nothing at all. */
  NONE
}

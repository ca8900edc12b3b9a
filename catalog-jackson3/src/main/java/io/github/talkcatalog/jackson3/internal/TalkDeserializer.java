package io.github.talkcatalog.jackson3.internal;

import io.github.talkcatalog.model.Image;
import io.github.talkcatalog.model.Link;
import io.github.talkcatalog.model.Speaker;
import io.github.talkcatalog.model.Talk;
import io.github.talkcatalog.model.Video;
import java.util.List;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;

/**
 * Reads a {@link Talk}. Required: {@code position}, {@code heading}, {@code title},
 * {@code summaryTruncated}; a missing list ({@code labels}, {@code speakers}, {@code links}) reads
 * as empty.
 */
public final class TalkDeserializer extends ObjectDeserializer<Talk, Talk.Builder> {

  private static final long serialVersionUID = 1L;

  /**
   * Creates the deserializer.
   *
   * @param ignoreUnknownFields whether to skip fields this version does not know
   */
  public TalkDeserializer(boolean ignoreUnknownFields) {
    super(Talk.class, ignoreUnknownFields,
        List.of("position", "index", "section", "heading", "labels", "title", "speakers", "video",
            "links", "image", "summary", "summaryTruncated", "duration", "year", "line"),
        List.of("position", "heading", "title", "summaryTruncated"));
  }

  @Override
  protected Talk.Builder newBuilder() {
    return Talk.builder();
  }

  @Override
  protected boolean readField(String name, Talk.Builder b, JsonParser p, DeserializationContext ctxt)
      {
    switch (name) {
      case "position" -> b.position(integer(p));
      case "index" -> b.index(integer(p));
      case "section" -> b.section(string(p));
      case "heading" -> b.heading(string(p));
      case "labels" -> b.labels(strings(p));
      case "title" -> b.title(string(p));
      case "speakers" -> b.speakers(values(p, ctxt, Speaker.class));
      case "video" -> b.video(value(p, ctxt, Video.class));
      case "links" -> b.links(values(p, ctxt, Link.class));
      case "image" -> b.image(value(p, ctxt, Image.class));
      case "summary" -> b.summary(string(p));
      case "summaryTruncated" -> b.summaryTruncated(bool(p));
      case "duration" -> b.duration(integer(p));
      case "year" -> b.year(integer(p));
      case "line" -> b.line(integer(p));
      default -> {
        return false;
      }
    }
    return true;
  }

  @Override
  protected Talk build(Talk.Builder b) {
    return b.build();
  }
}

package io.github.talkcatalog;

import io.github.talkcatalog.model.Affiliation;
import io.github.talkcatalog.model.Catalog;
import io.github.talkcatalog.model.Link;
import io.github.talkcatalog.model.Organization;
import io.github.talkcatalog.model.Speaker;
import io.github.talkcatalog.model.Talk;
import java.util.ArrayList;
import java.util.List;

/**
 * Renders a catalog as the line format of the fixture suite's {@code expected.txt}: one
 * {@code key: value} line per field, absent optional fields left out, talks separated by a blank
 * line and introduced by {@code talk POSITION}. {@code duration} (seconds), {@code year} and {@code event} follow
 * {@code image} when the talk states them. Core has no JSON; this keeps expectations readable.
 */
final class CatalogText {

  private CatalogText() {}

  static String render(Catalog c) {
    List<String> out = new ArrayList<>();
    out.add("title: " + c.title());
    c.description().ifPresent(d -> out.add("description: " + d));
    c.collection().ifPresent(col -> out.add("collection: " + col.url()
        + col.label().map(l -> " label=" + l).orElse("")
        + (col.size().isPresent() ? " size=" + col.size().getAsInt() : "")
        + col.playlistId().map(p -> " playlistId=" + p).orElse("")));
    c.declaredCount().ifPresent(n -> out.add("declaredCount: " + n));
    for (Talk t : c.talks()) {
      out.add("");
      out.add("talk " + t.position());
      t.index().ifPresent(i -> out.add("index: " + i));
      t.section().ifPresent(s -> out.add("section: " + s));
      out.add("heading: " + t.heading());
      if (!t.labels().isEmpty()) {
        out.add("labels: " + String.join(" | ", t.labels()));
      }
      out.add("title: " + t.title());
      for (Speaker s : t.speakers()) {
        List<String> affiliations = new ArrayList<>();
        for (Affiliation a : s.affiliations()) {
          affiliations.add((a.role().orElse("") + " @ "
              + a.organization().map(Organization::name).orElse("")).strip());
        }
        out.add("speaker: " + s.name()
            + (affiliations.isEmpty() ? "" : " | " + String.join(" ; ", affiliations)));
      }
      t.video().ifPresent(v -> out.add("video: " + v.platform().jsonName() + " " + v.url()
          + (v.start().isPresent() ? " start=" + v.start().getAsInt() : "")));
      for (Link l : t.links()) {
        out.add("link: " + l.label() + " -> " + l.url());
      }
      t.image().ifPresent(i -> out.add("image: " + i.src() + " | " + i.alt()));
      t.duration().ifPresent(d -> out.add("duration: " + d));
      t.year().ifPresent(y -> out.add("year: " + y));
      t.event().ifPresent(ev -> out.add("event: " + ev));
      t.summary().ifPresent(s -> out.add("summary: " + s));
      if (t.summaryTruncated()) {
        out.add("summaryTruncated: true");
      }
    }
    return String.join("\n", out);
  }
}

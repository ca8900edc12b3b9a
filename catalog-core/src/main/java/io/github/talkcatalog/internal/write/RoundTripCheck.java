package io.github.talkcatalog.internal.write;

import io.github.talkcatalog.WriteResult.Loss;
import io.github.talkcatalog.model.Catalog;
import io.github.talkcatalog.model.Talk;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Compares a catalog with what its Markdown reads back as, field by field, and names every field
 * that differs. Talk lines are not compared (they are not part of a talk's equality).
 */
public final class RoundTripCheck {

  private RoundTripCheck() {}

  /**
   * The fields of {@code written} that read back differently in {@code read}.
   *
   * @param written the catalog that was written
   * @param read the catalog its Markdown reads back as
   * @return the losses in document order; empty exactly when the two catalogs are equal
   */
  public static List<Loss> losses(Catalog written, Catalog read) {
    List<Loss> losses = new ArrayList<>();
    OptionalInt none = OptionalInt.empty();
    compare(losses, none, "title", written.title(), read.title());
    compare(losses, none, "description", written.description(), read.description());
    compare(losses, none, "collection", written.collection(), read.collection());
    compare(losses, none, "declaredCount", written.declaredCount(), read.declaredCount());
    List<Talk> a = written.talks();
    List<Talk> b = read.talks();
    if (a.size() != b.size()) {
      losses.add(new Loss(none, "talks", "wrote " + a.size() + " talks, " + b.size() + " read back"));
    }
    for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
      Talk w = a.get(i);
      Talk r = b.get(i);
      OptionalInt at = OptionalInt.of(w.position());
      compare(losses, at, "position", w.position(), r.position());
      compare(losses, at, "index", w.index(), r.index());
      compare(losses, at, "section", w.section(), r.section());
      compare(losses, at, "heading", w.heading(), r.heading());
      compare(losses, at, "labels", w.labels(), r.labels());
      compare(losses, at, "title", w.title(), r.title());
      compare(losses, at, "speakers", w.speakers(), r.speakers());
      compare(losses, at, "video", w.video(), r.video());
      compare(losses, at, "links", w.links(), r.links());
      compare(losses, at, "image", w.image(), r.image());
      compare(losses, at, "summary", w.summary(), r.summary());
      compare(losses, at, "summaryTruncated", w.summaryTruncated(), r.summaryTruncated());
    }
    if (losses.isEmpty() && !written.equals(read)) {
      // a field this check does not know yet: never report a lossy write as lossless
      losses.add(new Loss(none, "catalog", "reads back as a different catalog"));
    }
    return losses;
  }

  private static void compare(List<Loss> losses, OptionalInt talk, String field, Object written, Object read) {
    if (!Objects.equals(written, read)) {
      losses.add(new Loss(talk, field, "wrote " + show(written) + ", reads back as " + show(read)));
    }
  }

  private static String show(Object value) {
    if (value instanceof Optional<?> o) {
      return o.map(String::valueOf).orElse("nothing");
    }
    if (value instanceof OptionalInt o) {
      return o.isPresent() ? String.valueOf(o.getAsInt()) : "nothing";
    }
    return String.valueOf(value);
  }
}

package io.github.talkcatalog.jackson3;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.talkcatalog.model.Affiliation;
import io.github.talkcatalog.model.Catalog;
import io.github.talkcatalog.model.Collection;
import io.github.talkcatalog.model.Image;
import io.github.talkcatalog.model.Link;
import io.github.talkcatalog.model.Organization;
import io.github.talkcatalog.model.Speaker;
import io.github.talkcatalog.model.Talk;
import io.github.talkcatalog.model.Video;
import org.junit.jupiter.api.Timeout;

/**
 * Catalogs generated from fuzz data survive a JSON round trip unchanged, through Jackson 2 and
 * Jackson 3 alike, and both write the same bytes.
 */
class JsonRoundTripFuzzTest {

  /** Seconds one input may take: a hang guard, which Jazzer passes to libFuzzer as -timeout. */
  private static final long PER_INPUT_SECONDS = 10;

  private static final String ID_CHARS =
      "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-";

  @FuzzTest(maxDuration = "30s")
  @Timeout(PER_INPUT_SECONDS)
  void generatedCatalogsSurviveJsonRoundTrips(FuzzedDataProvider data) {
    Catalog catalog = catalog(data);

    String two = io.github.talkcatalog.jackson.CatalogJson.standard().write(catalog);
    String three = CatalogJson.standard().write(catalog);
    assertThat(three).isEqualTo(two);

    Catalog back = CatalogJson.standard().read(two);
    assertThat(back).isEqualTo(catalog);
    assertThat(io.github.talkcatalog.jackson.CatalogJson.standard().read(three)).isEqualTo(catalog);
    // line is not part of a talk's equality, so compare it on its own
    for (int i = 0; i < catalog.talks().size(); i++) {
      assertThat(back.talks().get(i).line()).isEqualTo(catalog.talks().get(i).line());
    }
    assertThat(CatalogJson.standard().writeCompact(back)).isEqualTo(CatalogJson.standard().writeCompact(catalog));
  }

  private static Catalog catalog(FuzzedDataProvider data) {
    Catalog.Builder c = Catalog.builder().title(any(data, 40));
    if (data.consumeBoolean()) {
      c.description(any(data, 80));
    }
    if (data.consumeBoolean()) {
      Collection.Builder col = Collection.builder().url(text(data, 40));
      if (data.consumeBoolean()) {
        col.label(any(data, 20));
      }
      if (data.consumeBoolean()) {
        col.size(data.consumeInt());
      }
      if (data.consumeBoolean()) {
        col.playlistId(text(data, 20));
      }
      c.collection(col.build());
    }
    if (data.consumeBoolean()) {
      c.declaredCount(data.consumeInt(0, Integer.MAX_VALUE));
    }
    int talks = data.consumeInt(0, 4);
    for (int i = 0; i < talks; i++) {
      c.addTalks(talk(data, i + 1));
    }
    return c.build();
  }

  private static Talk talk(FuzzedDataProvider data, int position) {
    Talk.Builder t = Talk.builder()
        .position(position)
        .heading(any(data, 60))
        .title(text(data, 40))
        .summaryTruncated(data.consumeBoolean());
    if (data.consumeBoolean()) {
      t.index(data.consumeInt(0, Integer.MAX_VALUE));
    }
    if (data.consumeBoolean()) {
      t.section(any(data, 20));
    }
    int labels = data.consumeInt(0, 3);
    for (int i = 0; i < labels; i++) {
      t.addLabels(any(data, 15));
    }
    int speakers = data.consumeInt(0, 3);
    for (int i = 0; i < speakers; i++) {
      Speaker.Builder s = Speaker.builder().name(text(data, 25));
      int affiliations = data.consumeInt(0, 2);
      for (int j = 0; j < affiliations; j++) {
        Affiliation.Builder a = Affiliation.builder();
        boolean role = data.consumeBoolean();
        if (role) {
          a.role(text(data, 20));
        }
        if (!role || data.consumeBoolean()) {
          a.organization(Organization.of(text(data, 20)));
        }
        s.addAffiliations(a.build());
      }
      t.addSpeakers(s.build());
    }
    if (data.consumeBoolean()) {
      Video video;
      if (data.consumeBoolean()) {
        StringBuilder id = new StringBuilder();
        for (int i = 0; i < 11; i++) {
          id.append(ID_CHARS.charAt(data.consumeInt(0, ID_CHARS.length() - 1)));
        }
        video = Video.youtube(id.toString());
        if (data.consumeBoolean()) {
          video = Video.builder().from(video).start(data.consumeInt(0, Integer.MAX_VALUE)).build();
        }
      } else {
        video = Video.other(any(data, 40));
      }
      t.video(video);
    }
    int links = data.consumeInt(0, 2);
    for (int i = 0; i < links; i++) {
      t.addLinks(Link.of(any(data, 15), any(data, 30)));
    }
    if (data.consumeBoolean()) {
      t.image(Image.of(any(data, 30), any(data, 15)));
    }
    if (data.consumeBoolean()) {
      t.summary(any(data, 200));
    }
    if (data.consumeBoolean()) {
      t.duration(data.consumeInt(0, Integer.MAX_VALUE));
    }
    if (data.consumeBoolean()) {
      t.year(data.consumeInt());
    }
    if (data.consumeBoolean()) {
      t.line(data.consumeInt(1, Integer.MAX_VALUE));
    }
    return t.build();
  }

  /** Any text the format allows: no NUL (docs/catalog-json.md), which the reader refuses. */
  private static String any(FuzzedDataProvider data, int max) {
    return data.consumeString(max).replace('\u0000', '\uFFFD');
  }

  /** A string that is not blank, as talk titles, names, roles and organizations must be. */
  private static String text(FuzzedDataProvider data, int max) {
    String s = any(data, max);
    return s.isBlank() ? "x" + s : s;
  }
}

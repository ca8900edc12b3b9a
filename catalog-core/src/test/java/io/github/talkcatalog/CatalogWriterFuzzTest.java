package io.github.talkcatalog;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.talkcatalog.internal.read.HeadingReader;
import io.github.talkcatalog.internal.read.SummaryReader;
import io.github.talkcatalog.model.Affiliation;
import io.github.talkcatalog.model.Catalog;
import io.github.talkcatalog.model.Collection;
import io.github.talkcatalog.model.Image;
import io.github.talkcatalog.model.Link;
import io.github.talkcatalog.model.Speaker;
import io.github.talkcatalog.model.Talk;
import io.github.talkcatalog.model.Video;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Timeout;

/**
 * Catalogs generated within the writer's documented subset (see {@link CatalogWriter}) are written
 * without loss and read back equal but for the talks' headings, which the writer may write from
 * the fields.
 */
class CatalogWriterFuzzTest {

  /** Seconds one input may take: a hang guard, which Jazzer passes to libFuzzer as -timeout. */
  private static final long PER_INPUT_SECONDS = 10;

  private static final CatalogParser PARSER = CatalogParser.builder().build();
  private static final CatalogWriter WRITER = CatalogWriter.builder().build();
  private static final int CUT = CatalogParser.DEFAULT_SUMMARY_CUT_LENGTH;

  private static final String[] FIRST = {"Ada", "Bo", "Kai", "Lena", "Mira", "Sam", "Noor", "Ines"};
  private static final String[] LAST = {"Quill", "Tran", "Moreno", "Ortiz", "Okafor", "Lee", "Haddad"};
  private static final String[] ORGS = {"Northwind Labs", "Contoso Data", "Fabrikam", "Tailspin"};
  private static final String ID_CHARS = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-";
  private static final String PATH_CHARS = "abcdefghijklmnopqrstuvwxyz0123456789-._~/?=%+()&";

  @FuzzTest(maxDuration = "60s")

  @Timeout(PER_INPUT_SECONDS)
  void catalogsInTheSubsetReadBackUnchanged(FuzzedDataProvider data) {
    Catalog catalog = catalog(data);

    WriteResult result = WRITER.write(catalog);

    assertThat(result.losses()).as("losses of\n%s", result.markdown()).isEmpty();
    // the writer may write a heading from the talk's fields (a shared organization, for one)
    assertThat(CatalogWriterRoundTripTest.withoutHeadings(PARSER.parse(result.markdown()).catalog()))
        .as("%s", result.markdown()).isEqualTo(CatalogWriterRoundTripTest.withoutHeadings(catalog));
  }

  private static Catalog catalog(FuzzedDataProvider data) {
    Catalog.Builder c = Catalog.builder().title(text(data, 40));
    StringBuilder description = new StringBuilder(withoutDigits(text(data, 120)));
    if (data.consumeBoolean()) {
      int count = data.consumeInt(0, 999);
      append(description, "There are " + count + " talks.");
      c.declaredCount(count);
    }
    if (data.consumeBoolean()) {
      int size = data.consumeInt(1, 9999);
      String list = "PL" + chars(data, ID_CHARS, 4, 30);
      String label = size + " videos";
      append(description, "Drawn from the full " + label + ".");
      c.collection(Collection.builder()
          .url("https://www.youtube.com/playlist?list=" + list)
          .label(label).size(size).playlistId(list).build());
    }
    if (description.length() > 0) {
      c.description(description.toString());
    }
    int talks = data.consumeInt(0, 6);
    boolean grouped = talks >= 2 && data.consumeBoolean();
    int sectionHeadings = 0;
    String section = null;
    for (int position = 1; position <= talks; position++) {
      if (grouped && sectionHeadings + 1 < position && data.consumeBoolean()) {
        String next = text(data, 20);
        if (next.isEmpty()) {
          section = null; // the talks from here on have no section (the writer ends the section)
        } else if (!next.equals(section)) {
          section = next;
          sectionHeadings++;
        }
      }
      c.addTalks(talk(data, position, section));
    }
    return c.build();
  }

  private static Talk talk(FuzzedDataProvider data, int position, String section) {
    Talk.Builder t = Talk.builder().position(position);
    if (section != null) {
      t.section(section);
    }
    List<String> labels = new ArrayList<>();
    int labelCount = data.consumeInt(0, 2);
    for (int i = 0; i < labelCount; i++) {
      labels.add(data.pickValue(HeadingReader.DEFAULT_LABELS));
    }
    // the affiliation forms of docs/layouts.md: none, "A, Org1 & B, Org2" (one each) or
    // "A & B, Org" (shared by all)
    List<String> names = new ArrayList<>();
    int speakerCount = data.consumeInt(0, 3);
    for (int i = 0; i < speakerCount; i++) {
      String name = data.pickValue(FIRST) + " " + data.pickValue(LAST);
      if (!names.contains(name)) {
        names.add(name);
      }
    }
    List<Speaker> speakers = new ArrayList<>();
    String speakerPart;
    int form = data.consumeInt(0, 2);
    if (form == 1) {
      List<String> parts = new ArrayList<>();
      for (String name : names) {
        String org = data.pickValue(ORGS);
        speakers.add(Speaker.of(name, Affiliation.ofOrganization(org)));
        parts.add(name + ", " + org);
      }
      speakerPart = String.join(" & ", parts);
    } else if (form == 2 && !names.isEmpty()) {
      String org = data.pickValue(ORGS);
      names.forEach(name -> speakers.add(Speaker.of(name, Affiliation.ofOrganization(org))));
      speakerPart = String.join(" & ", names) + ", " + org;
    } else {
      names.forEach(name -> speakers.add(Speaker.of(name)));
      speakerPart = String.join(" & ", names);
    }
    String title = title(text(data, 80), !speakers.isEmpty());
    String heading = (labels.isEmpty() ? "" : String.join(": ", labels) + ": ") + title
        + (speakers.isEmpty() ? "" : " - " + speakerPart);
    t.heading(heading).addAllLabels(labels).title(title).addAllSpeakers(speakers);
    int video = data.consumeInt(0, 2);
    if (video == 1) {
      Video.Builder v = Video.builder().from(Video.youtube(chars(data, ID_CHARS, 11, 11)));
      if (data.consumeBoolean()) {
        v.start(data.consumeInt(0, 100_000));
      }
      t.video(v.build());
    } else if (video == 2) {
      t.video(Video.other("https://vimeo.com/" + data.consumeInt(1, Integer.MAX_VALUE)));
    }
    if (data.consumeBoolean()) {
      t.index(data.consumeInt(0, 999_999_999));
    }
    int links = data.consumeInt(0, 3);
    List<Link> added = new ArrayList<>();
    for (int i = 0; i < links; i++) {
      Link link = Link.of(text(data, 40), "https://example.org/" + chars(data, PATH_CHARS, 0, 30));
      if (!added.contains(link)) { // the parser keeps a link once
        added.add(link);
      }
    }
    t.addAllLinks(added);
    if (data.consumeBoolean()) {
      // a video URL of a playlist, labelled as the playlist: a link, not the video
      t.addLinks(Link.of("Event Playlist", "https://www.youtube.com/watch?v=" + chars(data, ID_CHARS, 11, 11)
          + "&list=PL" + chars(data, ID_CHARS, 4, 30)));
    }
    if (data.consumeBoolean()) {
      t.image(Image.of("imgs/" + chars(data, PATH_CHARS, 1, 20), text(data, 30)));
    }
    String summary = text(data, 260);
    boolean echo = !speakers.isEmpty() && SummaryReader.speakerText(summary, title).isPresent();
    if (!summary.isEmpty() && !echo) {
      t.summary(summary).summaryTruncated(SummaryReader.isTruncated(summary, summary, CUT));
    }
    return t.build();
  }

  /**
   * A title the heading reader gives back: not blank, no leading label, and without speakers no
   * dash followed by a space (the reader would split there).
   */
  private static String title(String text, boolean speakers) {
    String title = text;
    if (!speakers) {
      title = title.replace("- ", "-").replace("\u2013 ", "\u2013").replace("\u2014 ", "\u2014");
    }
    String lower = title.toLowerCase(Locale.ROOT);
    boolean label = HeadingReader.DEFAULT_LABELS.stream()
        .anyMatch(l -> lower.startsWith(l.toLowerCase(Locale.ROOT) + ":"));
    return title.isEmpty() || label ? ("Talk " + title).strip() : title;
  }

  /** Fuzzed text in the subset: NFC, no control characters, white space collapsed to single spaces. */
  private static String text(FuzzedDataProvider data, int max) {
    String raw = Normalizer.normalize(data.consumeString(max), Normalizer.Form.NFC);
    StringBuilder b = new StringBuilder();
    boolean space = false;
    for (int i = 0; i < raw.length(); i++) {
      char c = raw.charAt(i);
      if (Character.isWhitespace(c) || c == '\u00A0' || Character.isISOControl(c)) {
        space = b.length() > 0;
      } else {
        if (space) {
          b.append(' ');
          space = false;
        }
        b.append(c);
      }
    }
    return Normalizer.normalize(b, Normalizer.Form.NFC);
  }

  private static String withoutDigits(String s) {
    return s.replaceAll("\\p{Nd}", "").replaceAll(" +", " ").strip();
  }

  private static void append(StringBuilder b, String sentence) {
    if (b.length() > 0) {
      b.append(' ');
    }
    b.append(sentence);
  }

  private static String chars(FuzzedDataProvider data, String alphabet, int min, int max) {
    int n = data.consumeInt(min, max);
    StringBuilder b = new StringBuilder(n);
    for (int i = 0; i < n; i++) {
      b.append(alphabet.charAt(data.consumeInt(0, alphabet.length() - 1)));
    }
    return b.toString();
  }
}

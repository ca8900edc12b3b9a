package io.github.talkcatalog.internal.reconcile;

import io.github.talkcatalog.Rules;
import io.github.talkcatalog.internal.names.Names;
import io.github.talkcatalog.Severity;
import io.github.talkcatalog.internal.diagnostics.DiagnosticSink;
import io.github.talkcatalog.internal.draft.CatalogDraft;
import io.github.talkcatalog.internal.draft.TalkDraft;
import io.github.talkcatalog.internal.read.SpeakerReader;
import io.github.talkcatalog.internal.read.SummaryReader;
import io.github.talkcatalog.internal.profile.DocumentProfile;
import io.github.talkcatalog.internal.read.EventShape;
import io.github.talkcatalog.internal.read.TextProfile;
import io.github.talkcatalog.internal.read.TitleText;
import io.github.talkcatalog.model.Catalog;
import io.github.talkcatalog.model.Speaker;
import io.github.talkcatalog.model.Talk;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.IntStream;

/**
 * Turns a draft into the catalog: reads every talk's speakers twice (the second time knowing the
 * organizations the whole catalog names), spells out abbreviated names another talk gives in full,
 * and checks the catalog as a whole (declared count, duplicate videos).
 */
public final class Reconciler {

  /** From this many talks on, speakers are read in parallel on the common fork-join pool. */
  static final int PARALLEL_THRESHOLD = 1000;

  private Reconciler() {}

  /**
   * Builds the catalog.
   *
   * @param read the draft read by a layout
   * @param document the document's profile, computed once from {@code read}
   * @param knownOrganizations organization names the user declared, in the order given
   * @param sink where diagnostics go
   * @return the catalog
   */
  public static Catalog catalog(CatalogDraft read, DocumentProfile document, List<String> knownOrganizations,
      DiagnosticSink sink) {
    TextProfile profile = document.text();
    CatalogDraft draft = withProfile(read, profile);
    Set<String> organizations = new LinkedHashSet<>(knownOrganizations);
    organizations.addAll(profile.organizations());
    Set<String> knownKeys = new HashSet<>();
    organizations.forEach(o -> knownKeys.add(Names.key(o)));
    SpeakerReader.Trace[] traces = new SpeakerReader.Trace[draft.talks().size()];
    List<List<Speaker>> first = speakers(draft, new SpeakerReader(organizations), traces, null, Set.of());
    Set<Integer> learned = new HashSet<>();
    for (List<Speaker> speakers : first) {
      for (String o : SpeakerReader.organizations(speakers)) {
        organizations.add(o);
        String key = Names.key(o);
        if (!knownKeys.contains(key)) {
          learned.add(key.hashCode());
        }
      }
    }
    // read again, knowing the catalog's organizations, only the talks they can change
    List<List<Speaker>> second = learned.isEmpty()
        ? first : speakers(draft, new SpeakerReader(organizations), traces, first, learned);
    second = spellOutAbbreviations(second, draft, sink);
    reportUnsureSpeakers(draft, second, sink);

    Catalog.Builder catalog = Catalog.builder().title(draft.title());
    Optional.ofNullable(draft.description()).ifPresent(catalog::description);
    Optional.ofNullable(draft.collection()).ifPresent(catalog::collection);
    Optional.ofNullable(draft.declaredCount()).ifPresent(catalog::declaredCount);
    Map<String, Integer> videos = new HashMap<>();
    for (int i = 0; i < draft.talks().size(); i++) {
      TalkDraft d = draft.talks().get(i);
      Talk.Builder t = Talk.builder()
          .position(i + 1)
          .heading(d.heading())
          .addAllLabels(d.labels())
          .title(withoutTags(d.title()))
          .addAllSpeakers(second.get(i))
          .addAllLinks(d.links())
          .summaryTruncated(d.summaryTruncated())
          .line(d.line());
      Optional.ofNullable(d.index()).ifPresent(t::index);
      Optional.ofNullable(d.section()).ifPresent(t::section);
      Optional.ofNullable(d.video()).ifPresent(t::video);
      Optional.ofNullable(d.image()).ifPresent(t::image);
      Optional.ofNullable(d.summary()).ifPresent(t::summary);
      if (d.summary() != null) {
        t.abstractText(SummaryReader.abstractText(d.summary(), d.title(), second.get(i), d.summaryTruncated()));
      }
      Optional.ofNullable(eventOf(d)).ifPresent(t::event);
      Optional.ofNullable(d.duration()).ifPresent(t::duration);
      Optional.ofNullable(d.year()).ifPresent(t::year);
      catalog.addTalks(t.build());
      if (d.video() != null) {
        Integer before = videos.putIfAbsent(d.video().url(), i + 1);
        if (before != null) {
          sink.report(Severity.WARNING, Rules.DUPLICATE_VIDEO, d.line(), d.column(),
              "talk " + (i + 1) + " has the same video as talk " + before + " (" + d.video().url() + ")");
        }
      }
    }
    if (draft.declaredCount() != null) {
      int found = draft.talks().size();
      int declared = draft.declaredCount();
      boolean fine = found == declared || (draft.countIsLowerBound() && found >= declared);
      if (!fine) {
        sink.report(Severity.WARNING, Rules.COUNT_MISMATCH, draft.descriptionLine(), 1,
            "the introduction declares " + declared + " talks but " + found + " were found");
      }
    }
    return catalog.build();
  }

  /** The talk's own event, else its section's heading when that is event-shaped ({@code ## BogConf 2024}). */
  private static String eventOf(TalkDraft d) {
    if (d.event() != null || d.section() == null) {
      return d.event();
    }
    return EventShape.isEvent(d.section()) ? d.section() : null;
  }

  /** A title without level or language tags and heading ids ({@code [en]}, {@code {#id}}), whatever layout read it. */
  private static String withoutTags(String title) {
    if (title.indexOf('[') < 0 && title.indexOf('{') < 0) {
      return title;
    }
    String t = TitleText.withoutTags(title);
    return t.isEmpty() ? title : t;
  }

  /** A speaker part without any name-shaped piece: its reading is a guess, and says so. */
  private static void reportUnsureSpeakers(CatalogDraft draft, List<List<Speaker>> speakers, DiagnosticSink sink) {
    for (int i = 0; i < draft.talks().size(); i++) {
      TalkDraft d = draft.talks().get(i);
      if (d.speakerPart() == null || speakers.get(i).isEmpty() || SpeakerReader.hasPersonName(d.speakerPart())) {
        continue;
      }
      sink.report(Severity.INFO, Rules.SPEAKER_NOT_A_NAME, d.line(), d.column(),
          "speaker part '" + d.speakerPart() + "' has no personal name; read '" + speakers.get(i).get(0).name()
              + "' as the speaker");
    }
  }

  /** Each talk without the recurring trailing segment the profile names as the event, which it takes as its event. */
  private static CatalogDraft withProfile(CatalogDraft draft, TextProfile profile) {
    if (profile.events().isEmpty()) {
      return draft;
    }
    List<TalkDraft> talks = new ArrayList<>();
    for (TalkDraft d : draft.talks()) {
      String[] title = profile.title(d.title());
      String[] part = profile.speakerPart(d.speakerPart());
      if (title[1] == null && part[1] == null) {
        talks.add(d);
        continue;
      }
      TalkDraft.Builder b = d.toBuilder();
      b.title = title[0];
      b.speakerPart = part[0];
      if (b.event == null) {
        b.event = title[1] != null ? title[1] : part[1];
      }
      talks.add(b.build());
    }
    return draft.withTalks(talks);
  }

  /**
   * Reads every talk's speakers. Talks are independent here, so a large catalog is read on the
   * common fork-join pool.
   *
   * @param traces filled with each talk's trace when {@code previous} is null; else which talks to
   *     read again (the others keep their previous reading)
   * @param previous the first reading, or null
   * @param learned hash codes of the organization keys the second reading knows and the first did
   *     not
   */
  private static List<List<Speaker>> speakers(CatalogDraft draft, SpeakerReader reader,
      SpeakerReader.Trace[] traces, List<List<Speaker>> previous, Set<Integer> learned) {
    int n = draft.talks().size();
    @SuppressWarnings("unchecked")
    List<Speaker>[] out = new List[n];
    IntStream indexes = IntStream.range(0, n);
    if (n >= PARALLEL_THRESHOLD) {
      indexes = indexes.parallel();
    }
    indexes.forEach(i -> {
      if (previous != null && !traces[i].dependsOnAny(learned)) {
        out[i] = previous.get(i);
        return;
      }
      SpeakerReader.Trace trace = new SpeakerReader.Trace();
      TalkDraft d = draft.talks().get(i);
      List<Speaker> speakers = d.speakerPart() == null ? List.of() : reader.readHeading(d.speakerPart(), trace);
      if (!speakers.isEmpty() && d.summary() != null) {
        Optional<String> echo = SummaryReader.speakerText(d.summary(), d.title());
        if (echo.isPresent()) {
          speakers = reader.withSummary(speakers, echo.get(), d.summaryTruncated(), trace);
        }
      }
      if (previous == null) {
        traces[i] = trace;
      }
      out[i] = speakers;
    });
    return Arrays.asList(out);
  }

  /** "M Saroufim" becomes "Mark Saroufim" when exactly one full name in the catalog fits. */
  private static List<List<Speaker>> spellOutAbbreviations(
      List<List<Speaker>> talks, CatalogDraft draft, DiagnosticSink sink) {
    // full names by surname, so that an abbreviation is compared with the few that can fit
    Map<String, Map<String, String>> fullNames = new HashMap<>();
    for (List<Speaker> speakers : talks) {
      for (Speaker s : speakers) {
        if (!Names.hasInitials(s.name())) {
          fullNames.computeIfAbsent(Names.surnameKey(s.name()), k -> new LinkedHashMap<>())
              .putIfAbsent(Names.key(s.name()), s.name());
        }
      }
    }
    List<List<Speaker>> out = new ArrayList<>();
    for (int i = 0; i < talks.size(); i++) {
      List<Speaker> speakers = new ArrayList<>();
      for (Speaker s : talks.get(i)) {
        if (Names.hasInitials(s.name())) {
          List<String> candidates = new ArrayList<>();
          for (String full : fullNames.getOrDefault(Names.surnameKey(s.name()), Map.of()).values()) {
            if (Names.abbreviates(s.name(), full)) {
              candidates.add(full);
            }
          }
          if (candidates.size() == 1) {
            s = Speaker.builder().from(s).name(candidates.get(0)).build();
          } else if (candidates.size() > 1) {
            TalkDraft d = draft.talks().get(i);
            sink.report(Severity.INFO, Rules.AMBIGUOUS_ABBREVIATION, d.line(), d.column(),
                "'" + s.name() + "' could stand for " + String.join(" or ", candidates) + "; kept as written");
          }
        }
        speakers.add(s);
      }
      out.add(speakers);
    }
    return out;
  }
}

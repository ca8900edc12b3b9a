package io.github.talkcatalog.examples.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import io.github.talkcatalog.ParseResult;
import io.github.talkcatalog.model.Catalog;
import io.github.talkcatalog.model.OrganizationProfile;
import io.github.talkcatalog.model.SpeakerProfile;
import io.github.talkcatalog.query.CatalogIndex;
import io.github.talkcatalog.query.TalkQuery;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code catalog stats [PATH] [--format text|json]}: the number of talks, of talks with a video, the
 * declared count against the talks found, and talk counts by label, by organization and by speaker,
 * most frequent first (ties in order of first appearance), from {@link CatalogIndex}.
 *
 * <p>The JSON form is an object {@code {"talks", "talksWithVideo", "declaredCount" (omitted when
 * the catalog states none), "labels", "organizations", "speakers"}}, the last three arrays of
 * {@code {"name", "talks"}}.
 */
@Command(name = "stats", mixinStandardHelpOptions = true,
    versionProvider = CatalogCommand.Version.class,
    description = {
        "Counts the talks of a catalog by label, organization and speaker.",
        "Also: talks with a video, declared and found; most frequent first.",
        "The input is Markdown, or catalog JSON (content starting with '{').",
        "Diagnostics go to standard error as FILE:LINE:COLUMN: SEVERITY RULE-ID: message."},
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:the counts were printed", "1:the input cannot be read", "2:usage error"})
final class StatsCommand implements Callable<Integer> {

  /** The output formats of {@code --format}. */
  enum Format { text, json }

  @Mixin
  CatalogInput input;

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
      description = "text or json. Default: ${DEFAULT-VALUE}.")
  Format format;

  @Spec
  CommandSpec spec;

  @Override
  public Integer call() {
    ParseResult result = input.parse();
    CatalogInput.print(result.diagnostics(), spec.commandLine().getErr());
    Counts counts = Counts.of(result.catalog());
    PrintWriter out = spec.commandLine().getOut();
    out.print(format == Format.json ? counts.json() : counts.text());
    out.flush();
    return 0;
  }

  /** The counts of one catalog; the maps are in most-frequent-first order. */
  record Counts(int talks, int talksWithVideo, Integer declaredCount, Map<String, Integer> labels,
      Map<String, Integer> organizations, Map<String, Integer> speakers) {

    static Counts of(Catalog catalog) {
      CatalogIndex index = CatalogIndex.of(catalog);
      Map<String, Integer> organizations = new LinkedHashMap<>();
      for (OrganizationProfile o : index.organizationsByTalkCount()) {
        organizations.put(o.name(), o.talks().size());
      }
      Map<String, Integer> speakers = new LinkedHashMap<>();
      for (SpeakerProfile p : index.speakersByTalkCount()) {
        speakers.put(p.name(), p.talks().size());
      }
      return new Counts(
          catalog.talks().size(),
          (int) catalog.talks().stream().filter(TalkQuery.hasVideo()).count(),
          catalog.declaredCount().isPresent() ? catalog.declaredCount().getAsInt() : null,
          index.labelCounts(), organizations, speakers);
    }

    String text() {
      StringBuilder b = new StringBuilder();
      b.append("talks: ").append(talks).append('\n');
      b.append("talks with video: ").append(talksWithVideo).append('\n');
      b.append("declared: ").append(declaredCount == null ? "-" : declaredCount)
          .append(", found: ").append(talks).append('\n');
      section(b, "labels", labels);
      section(b, "organizations", organizations);
      section(b, "speakers", speakers);
      return b.toString();
    }

    private static void section(StringBuilder b, String heading, Map<String, Integer> counts) {
      b.append('\n').append(heading).append(" (").append(counts.size()).append("):\n");
      int width = counts.values().stream().mapToInt(c -> Integer.toString(c).length()).max().orElse(1);
      counts.forEach((name, count) -> b.append("  ")
          .append(" ".repeat(width - Integer.toString(count).length())).append(count)
          .append("  ").append(name).append('\n'));
    }

    String json() {
      StringWriter text = new StringWriter();
      DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
      DefaultPrettyPrinter pretty = new DefaultPrettyPrinter(Separators.createDefaultInstance()
              .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
              .withObjectEmptySeparator("")
              .withArrayEmptySeparator(""))
          .withObjectIndenter(indenter)
          .withArrayIndenter(indenter);
      try (JsonGenerator g = new JsonFactory().createGenerator(text)) {
        g.setPrettyPrinter(pretty);
        g.writeStartObject();
        g.writeNumberField("talks", talks);
        g.writeNumberField("talksWithVideo", talksWithVideo);
        if (declaredCount != null) {
          g.writeNumberField("declaredCount", declaredCount);
        }
        array(g, "labels", labels);
        array(g, "organizations", organizations);
        array(g, "speakers", speakers);
        g.writeEndObject();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      return text + "\n";
    }

    private static void array(JsonGenerator g, String name, Map<String, Integer> counts)
        throws IOException {
      g.writeArrayFieldStart(name);
      for (Map.Entry<String, Integer> e : counts.entrySet()) {
        g.writeStartObject();
        g.writeStringField("name", e.getKey());
        g.writeNumberField("talks", e.getValue());
        g.writeEndObject();
      }
      g.writeEndArray();
    }
  }
}

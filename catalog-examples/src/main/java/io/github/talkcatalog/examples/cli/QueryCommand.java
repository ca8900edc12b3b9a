package io.github.talkcatalog.examples.cli;

import io.github.talkcatalog.ParseResult;
import io.github.talkcatalog.model.Catalog;
import io.github.talkcatalog.model.Talk;
import io.github.talkcatalog.query.TalkQuery;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Function;
import java.util.function.Predicate;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code catalog query [PATH] [--speaker NAME]... [--org NAME]... [--label LABEL]...
 * [--event EVENT]... [--text TEXT] [--video ID] [--format json|markdown|table|csv|ids]}: prints the talks that match, in document
 * order, each with its original position.
 *
 * <p>Repeated options of one kind are alternatives (OR); options of different kinds must all hold
 * (AND). Names, labels and text are compared as {@link TalkQuery} compares them. No option matches
 * every talk. No match is not an error: the result is empty and the exit code 0.
 */
@Command(name = "query", mixinStandardHelpOptions = true,
    versionProvider = CatalogCommand.Version.class,
    description = {
        "Prints the talks of a catalog that match the options given.",
        "Every kind of option must match; repeated options of one kind match any of their values.",
        "The input is Markdown, or catalog JSON (content starting with '{').",
        "Diagnostics go to standard error as FILE:LINE:COLUMN: SEVERITY RULE-ID: message."},
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
        "0:the matching talks were printed (none is not an error)",
        "1:the input cannot be read",
        "2:usage error"})
final class QueryCommand implements Callable<Integer> {

  /** The output formats of {@code --format}. */
  enum Format { json, markdown, table, csv, ids }

  @Mixin
  CatalogInput input;

  @Option(names = "--speaker", paramLabel = "NAME",
      description = "A speaker's full or abbreviated name, ignoring case and accents.")
  List<String> speakers = new ArrayList<>();

  @Option(names = "--org", paramLabel = "NAME",
      description = "An organization of a speaker (the whole name), ignoring case and accents.")
  List<String> organizations = new ArrayList<>();

  @Option(names = "--label", paramLabel = "LABEL", description = "A session-type label, e.g. \"Lightning Talk\".")
  List<String> labels = new ArrayList<>();

  @Option(names = "--event", paramLabel = "EVENT",
      description = "The event or venue a talk names, or part of it, ignoring case and accents.")
  List<String> events = new ArrayList<>();

  @Option(names = "--text", paramLabel = "TEXT",
      description = "Text in the title, summary, event, speaker or organization names.")
  String text;

  @Option(names = "--video", paramLabel = "ID", description = "A video id, compared exactly.")
  String videoId;

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "json",
      description = "json (catalog JSON of the matching talks), markdown, table, csv or ids "
          + "(POSITION<TAB>VIDEO-ID per talk). Default: ${DEFAULT-VALUE}.")
  Format format;

  @Option(names = "--compact", description = "With --format json: print the JSON on one line.")
  boolean compact;

  @Spec
  CommandSpec spec;

  @Override
  public Integer call() {
    ParseResult result = input.parse();
    CatalogInput.print(result.diagnostics(), spec.commandLine().getErr());
    Catalog matching = result.catalog().filter(query());
    PrintWriter out = spec.commandLine().getOut();
    out.print(TalkOutput.render(matching, format.name(), compact));
    out.flush();
    return 0;
  }

  /** The options as one predicate: OR within a kind, AND across kinds. */
  Predicate<Talk> query() {
    List<Predicate<Talk>> kinds = new ArrayList<>();
    addAnyOf(kinds, speakers, TalkQuery::speaker);
    addAnyOf(kinds, organizations, TalkQuery::organization);
    addAnyOf(kinds, labels, TalkQuery::label);
    addAnyOf(kinds, events, TalkQuery::event);
    if (text != null) {
      kinds.add(TalkQuery.text(text));
    }
    if (videoId != null) {
      kinds.add(TalkQuery.videoId(videoId));
    }
    return TalkQuery.allOf(kinds);
  }

  private static void addAnyOf(
      List<Predicate<Talk>> kinds, List<String> values, Function<String, Predicate<Talk>> predicate) {
    if (!values.isEmpty()) {
      kinds.add(TalkQuery.anyOf(values.stream().map(predicate).toList()));
    }
  }
}

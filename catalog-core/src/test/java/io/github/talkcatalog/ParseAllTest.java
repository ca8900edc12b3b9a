package io.github.talkcatalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import io.github.talkcatalog.model.Catalog;
import io.github.talkcatalog.model.Talk;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ParseAllTest {

  private static final String DAY_ONE = """
      # Harbor Days 2026

      ## Keynote: Tides of Data - Ada Quill, Northwind Labs
      - Link: https://www.youtube.com/watch?v=HHHHHHHHHH1

      ## Small Boats, Big Models - Bo Tran
      - Link: https://www.youtube.com/watch?v=HHHHHHHHHH2
      """;

  private static final String DAY_TWO = """
      # Lantern Meetup

      ## Section One

      ### Lighting the Cache - Kai Moreno
      - Link: https://www.youtube.com/watch?v=LLLLLLLLLL1
      """;

  private static Path folderWithSeedAndTwoInventedCatalogs(Path dir) throws Exception {
    Files.writeString(dir.resolve("a-harbor.md"), DAY_ONE);
    Files.writeString(dir.resolve("b-lantern.md"), DAY_TWO);
    Files.writeString(dir.resolve(Path.of(Seed.RESOURCE).getFileName()), Seed.text());
    Files.writeString(dir.resolve("notes.txt"), "not a catalog\n");
    return dir;
  }

  @Test
  void theSeedFolderAndTwoInventedCatalogsAreThreeResultsInPathOrder(@TempDir Path dir) throws Exception {
    folderWithSeedAndTwoInventedCatalogs(dir);

    Map<Path, ParseResult> results = CatalogParser.standard().parseAll(dir);

    assertThat(results.keySet()).containsExactly(
        dir.resolve("a-harbor.md"), dir.resolve("b-lantern.md"),
        dir.resolve("vllm-pytorch-conference-2025.md"));
    assertThat(results.values()).extracting(r -> r.catalog().title(), r -> r.catalog().talks().size())
        .containsExactly(
            tuple("Harbor Days 2026", 2),
            tuple("Lantern Meetup", 1),
            tuple("vLLM-in-PyTorch-Conference-2025", 53));
    assertThat(results.get(dir.resolve("a-harbor.md")).diagnostics()).isEmpty();
  }

  @Test
  void concatRenumbersPositionsOneToNAndCanTakeSectionsFromTitles(@TempDir Path dir) throws Exception {
    folderWithSeedAndTwoInventedCatalogs(dir);
    List<Catalog> parts = CatalogParser.standard().parseAll(dir).values().stream()
        .map(ParseResult::catalog).toList();

    Catalog all = Catalog.concat("Everything", parts, Catalog.TitleAs.SECTION);

    assertThat(all.title()).isEqualTo("Everything");
    assertThat(all.description()).isEmpty();
    assertThat(all.declaredCount()).isEmpty();
    assertThat(all.talks()).extracting(Talk::position)
        .containsExactlyElementsOf(IntStream.rangeClosed(1, 56).boxed().toList());
    assertThat(all.talks().subList(0, 4)).extracting(Talk::position, Talk::title, t -> t.section().orElse("-"))
        .containsExactly(
            tuple(1, "Tides of Data", "Harbor Days 2026"),
            tuple(2, "Small Boats, Big Models", "Harbor Days 2026"),
            tuple(3, "Lighting the Cache", "Lantern Meetup"),
            tuple(4, parts.get(2).talks().get(0).title(), "vLLM-in-PyTorch-Conference-2025"));
    assertThat(all.talks().get(55).title()).isEqualTo(parts.get(2).talks().get(52).title());
    assertThat(all.talks().get(55).line()).isEqualTo(parts.get(2).talks().get(52).line());
  }

  @Test
  void concatWithoutTitlesKeepsEachTalksOwnSection() {
    Catalog lantern = CatalogParser.standard().parse(DAY_TWO).catalog();
    Catalog harbor = CatalogParser.standard().parse(DAY_ONE).catalog();

    Catalog all = Catalog.concat("", List.of(lantern, harbor));

    assertThat(all.talks()).extracting(Talk::position, Talk::title, t -> t.section().orElse("-"))
        .containsExactly(
            tuple(1, "Lighting the Cache", "Section One"),
            tuple(2, "Tides of Data", "-"),
            tuple(3, "Small Boats, Big Models", "-"));
    assertThat(Catalog.concat("None", List.of()).talks()).isEmpty();
  }

  @Test
  void aGlobChoosesTheFilesAndSubfoldersNeedADoubleStar(@TempDir Path dir) throws Exception {
    folderWithSeedAndTwoInventedCatalogs(dir);
    Files.createDirectories(dir.resolve("more"));
    Files.writeString(dir.resolve("more/c-more.md"), DAY_ONE);

    assertThat(CatalogParser.standard().parseAll(dir, "?-*.md").keySet())
        .containsExactly(dir.resolve("a-harbor.md"), dir.resolve("b-lantern.md"));
    assertThat(CatalogParser.standard().parseAll(dir, "**/*.md").keySet())
        .containsExactly(dir.resolve("more/c-more.md"));
    assertThat(CatalogParser.standard().parseAll(dir, "*.txt").keySet())
        .containsExactly(dir.resolve("notes.txt"));
  }

  @Test
  void strictModeThrowsForTheFirstFileWithErrorsInPathOrder(@TempDir Path dir) throws Exception {
    Files.writeString(dir.resolve("a.md"), DAY_ONE);
    Files.writeString(dir.resolve("b.md"), "# Only prose\n\nNo talks here.\n");
    Files.writeString(dir.resolve("c.md"), "# More prose\n\nNone here either.\n");
    CatalogParser strict = CatalogParser.builder().strictness(Strictness.STRICT).build();

    assertThatThrownBy(() -> strict.parseAll(dir))
        .isInstanceOfSatisfying(CatalogParseException.class, e -> assertThat(e.diagnostics())
            .extracting(Diagnostic::source, Diagnostic::ruleId)
            .containsExactly(tuple(dir.resolve("b.md").toString(), "no-talks")));
  }

  @Test
  void aPathThatIsNotAFolderIsAParseException(@TempDir Path dir) throws Exception {
    Path file = Files.writeString(dir.resolve("a.md"), DAY_ONE);
    assertThatThrownBy(() -> CatalogParser.standard().parseAll(file))
        .isInstanceOf(CatalogParseException.class).hasMessage("cannot read " + file + ": not a folder");
    assertThat(CatalogParser.standard().parseAll(dir, "*.markdown")).isEmpty();
  }

  @Test
  void aMissingFileOrFolderIsNamedInWords(@TempDir Path dir) {
    Path missing = dir.resolve("missing.md");
    assertThatThrownBy(() -> CatalogParser.standard().parse(missing))
        .isInstanceOf(CatalogParseException.class)
        .hasMessage("cannot read " + missing + ": no such file or folder");
    assertThatThrownBy(() -> CatalogParser.standard().parseAll(dir.resolve("gone")))
        .isInstanceOf(CatalogParseException.class)
        .hasMessageEndingWith(": not a folder");
  }

  @Test
  void concatCanTakeEventsFromTitlesWithoutOverwritingATalksOwnEvent() {
    Catalog harbor = CatalogParser.standard().parse(DAY_ONE).catalog();
    Catalog withEvent = Catalog.builder().title("Mixed")
        .addTalks(Talk.builder().position(1).heading("Own").title("Own").event("DevDays 2030").build(),
            Talk.builder().position(2).heading("None").title("None").build())
        .build();

    Catalog all = Catalog.concat("All", List.of(harbor, withEvent), Catalog.TitleAs.EVENT);

    assertThat(all.talks()).extracting(Talk::position, Talk::title, t -> t.event().orElse("-"),
            t -> t.section().orElse("-"))
        .containsExactly(
            tuple(1, "Tides of Data", "Harbor Days 2026", "-"),
            tuple(2, "Small Boats, Big Models", "Harbor Days 2026", "-"),
            tuple(3, "Own", "DevDays 2030", "-"),
            tuple(4, "None", "Mixed", "-"));
  }
}

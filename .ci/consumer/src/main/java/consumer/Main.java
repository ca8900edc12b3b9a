package consumer;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.talkcatalog.CatalogParser;
import io.github.talkcatalog.ParseResult;
import io.github.talkcatalog.jackson.CatalogJson;
import io.github.talkcatalog.jackson.CatalogModule;
import io.github.talkcatalog.model.Catalog;
import io.github.talkcatalog.model.Talk;
import io.github.talkcatalog.query.TalkQuery;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Uses talk-catalog as a user would: parses the seed catalog, filters it, round-trips it through
 * JSON, and checks every result. Exits 1 with the list of failed checks.
 *
 * <p>Arguments: the seed catalog's path, then {@code classpath} or {@code modulepath} (how it is
 * expected to have been started, checked through the module system's own view).
 */
public final class Main {

  private final List<String> failures = new ArrayList<>();

  private Main() {}

  public static void main(String[] args) throws Exception {
    if (args.length != 2 || !List.of("classpath", "modulepath").contains(args[1])) {
      System.err.println("usage: Main SEED.md classpath|modulepath");
      System.exit(2);
    }
    Main main = new Main();
    main.run(Path.of(args[0]), args[1].equals("modulepath"));
    if (!main.failures.isEmpty()) {
      main.failures.forEach(failure -> System.err.println("consumer: FAILED " + failure));
      System.exit(1);
    }
    System.out.println("consumer (" + args[1] + "): all checks passed");
  }

  private void run(Path seed, boolean modulePath) throws Exception {
    // Where the classes came from: named modules on the module path, the unnamed one otherwise.
    check("catalog-core's module", Catalog.class.getModule().getName(),
        modulePath ? "io.github.talkcatalog.core" : null);
    check("catalog-jackson's module", CatalogJson.class.getModule().getName(),
        modulePath ? "io.github.talkcatalog.jackson" : null);
    if (modulePath) {
      Module jackson = CatalogJson.class.getModule();
      check("jackson internal package exported",
          jackson.isExported("io.github.talkcatalog.jackson.internal"), false);
      check("jackson API package exported", jackson.isExported("io.github.talkcatalog.jackson"), true);
    }

    ParseResult result = CatalogParser.builder().build().parse(seed);
    Catalog catalog = result.catalog();
    check("talks in the seed", catalog.talks().size(), 53);
    check("first talk's position", catalog.talks().get(0).position(), 1);

    Catalog lightning = catalog.filter(TalkQuery.label("Lightning Talk"));
    check("lightning talks", lightning.talks().size(), 15);
    for (Talk talk : lightning.talks()) {
      check("label of " + talk.title(), talk.labels().contains("Lightning Talk"), true);
    }

    // The facade, both shapes.
    CatalogJson json = CatalogJson.standard();
    check("round trip (indented)", json.read(json.write(catalog)), catalog);
    check("round trip (compact)", json.read(json.writeCompact(lightning)), lightning);
    check("compact is one line", json.writeCompact(catalog).contains("\n"), false);

    // The Jackson module, found through the service loader (module-info `provides` on the module
    // path, META-INF/services on the class path).
    ObjectMapper mapper = new ObjectMapper().findAndRegisterModules();
    check("module registered by findAndRegisterModules",
        mapper.getRegisteredModuleIds().contains(CatalogModule.class.getName()), true);
    check("ObjectMapper round trip",
        mapper.readValue(mapper.writeValueAsString(lightning), Catalog.class), lightning);
  }

  private void check(String what, Object actual, Object expected) {
    if (!Objects.equals(actual, expected)) {
      failures.add(what + ": expected <" + expected + "> but was <" + actual + ">");
    }
  }
}

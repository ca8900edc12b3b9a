package io.github.talkcatalog;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The package rules of {@code docs/architecture.md}: the API packages import no internal parser
 * stage (only the leaves {@code internal.names}, name identity, and {@code internal.video}, video
 * URLs), those leaves import nothing of the project, and the API packages form no cycle.
 */
@AnalyzeClasses(packages = "io.github.talkcatalog", importOptions = ImportOption.DoNotIncludeTests.class)
class PackageRulesTest {

  @ArchTest
  static final ArchRule modelAndQueryUseNoParserStage = noClasses()
      .that().resideInAnyPackage("io.github.talkcatalog.model..", "io.github.talkcatalog.query..")
      .should().dependOnClassesThat(resideInAPackage("io.github.talkcatalog.internal..")
          .and(not(resideInAnyPackage(
              "io.github.talkcatalog.internal.names..", "io.github.talkcatalog.internal.video.."))))
      .orShould().dependOnClassesThat().resideInAPackage("io.github.talkcatalog")
      .because("the model and the query API are usable without the parser");

  @ArchTest
  static final ArchRule nameIdentityIsALeaf = noClasses()
      .that().resideInAPackage("io.github.talkcatalog.internal.names..")
      .should().dependOnClassesThat().resideOutsideOfPackages(
          "io.github.talkcatalog.internal.names..", "java..")
      .because("model, query and parser all use name identity, so it depends on none of them");

  @ArchTest
  static final ArchRule videoUrlsAreALeaf = noClasses()
      .that().resideInAPackage("io.github.talkcatalog.internal.video..")
      .should().dependOnClassesThat().resideOutsideOfPackages(
          "io.github.talkcatalog.internal.video..", "java..")
      .because("the parser and Video.fromUrl both read URLs with it, so it depends on neither");

  @ArchTest
  static final ArchRule modelDoesNotUseQuery = noClasses()
      .that().resideInAPackage("io.github.talkcatalog.model..")
      .should().dependOnClassesThat().resideInAPackage("io.github.talkcatalog.query..")
      .because("query builds on the model, not the other way round");

  @ArchTest
  static final ArchRule apiPackagesFormNoCycle = slices()
      .matching("io.github.talkcatalog.(model|query)..")
      .should().beFreeOfCycles();
}

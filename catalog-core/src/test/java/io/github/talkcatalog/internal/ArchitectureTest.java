package io.github.talkcatalog.internal;

import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The internal packages form a DAG, and the stages keep to their own dependencies. */
class ArchitectureTest {

  private static final JavaClasses CLASSES = new ClassFileImporter()
      .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
      .importPackages("io.github.talkcatalog");

  @Test
  void internalPackagesFormADag() {
    slices().matching("io.github.talkcatalog.internal.(*)..").should().beFreeOfCycles().check(CLASSES);
  }

  @Test
  void onlyTheMarkdownAdapterImportsFlexmark() {
    noClasses().that().resideOutsideOfPackage("io.github.talkcatalog.internal.markdown..")
        .should().dependOnClassesThat().resideInAnyPackage("com.vladsch.flexmark..")
        .check(CLASSES);
  }

  @Test
  void jsoupOnlyInTheMarkdownAdapterAndTheHtmlWriter() {
    noClasses().that().resideOutsideOfPackages("io.github.talkcatalog.internal.markdown..",
            "io.github.talkcatalog.internal.html..")
        .should().dependOnClassesThat().resideInAnyPackage("org.jsoup..")
        .check(CLASSES);
  }

  @Test
  void sourceStageLineMapPlannerAndDraftsNeedNoLaterStage() {
    noClasses().that().resideInAnyPackage("io.github.talkcatalog.internal.lines..",
            "io.github.talkcatalog.internal.plan..", "io.github.talkcatalog.internal.draft..",
            "io.github.talkcatalog.internal.source..", "io.github.talkcatalog.internal.sections..")
        .should().dependOnClassesThat().resideInAnyPackage("io.github.talkcatalog.internal.layout..",
            "io.github.talkcatalog.internal.markdown..", "io.github.talkcatalog.internal.read..",
            "io.github.talkcatalog.internal.reconcile..", "io.github.talkcatalog.internal.write..")
        .check(CLASSES);
  }

  @Test
  void entryReadersDoNotReachBackIntoTheLayoutReaders() {
    noClasses().that().resideInAnyPackage("io.github.talkcatalog.internal.read..")
        .should().dependOnClassesThat().resideInAnyPackage("io.github.talkcatalog.internal.layout..",
            "io.github.talkcatalog.internal.reconcile..", "io.github.talkcatalog.internal.markdown..")
        .check(CLASSES);
  }

  @Test
  void reconcileSeesOnlyDraftsReadersAndTheSinkNeverTheLayoutReaders() {
    noClasses().that().resideInAnyPackage("io.github.talkcatalog.internal.reconcile..")
        .should().dependOnClassesThat().resideInAnyPackage("io.github.talkcatalog.internal.layout..",
            "io.github.talkcatalog.internal.markdown..", "io.github.talkcatalog.internal.plan..",
            "io.github.talkcatalog.internal.lines..", "io.github.talkcatalog.internal.sections..",
            "io.github.talkcatalog.internal.source..", "com.vladsch.flexmark..", "org.jsoup..")
        .check(CLASSES);
  }

  @Test
  void detailPagesAreReadWithoutKnowingTheLayoutReaders() {
    noClasses().that().resideInAnyPackage("io.github.talkcatalog.internal.files..")
        .should().dependOnClassesThat().resideInAnyPackage("io.github.talkcatalog.internal.layout..",
            "io.github.talkcatalog.internal.markdown..", "io.github.talkcatalog.internal.plan..",
            "io.github.talkcatalog.internal.read..", "io.github.talkcatalog.internal.reconcile..")
        .check(CLASSES);
  }

  @Test
  void theDocumentProfileNeedsNoReaderOfRegions() {
    noClasses().that().resideInAnyPackage("io.github.talkcatalog.internal.profile..")
        .should().dependOnClassesThat().resideInAnyPackage("io.github.talkcatalog.internal.layout..",
            "io.github.talkcatalog.internal.markdown..", "io.github.talkcatalog.internal.reconcile..",
            "io.github.talkcatalog.internal.files..", "io.github.talkcatalog.internal.sections..")
        .check(CLASSES);
  }

  @Test
  void theDiagnosticSinkIsALeaf() {
    noClasses().that().resideInAnyPackage("io.github.talkcatalog.internal.diagnostics..")
        .should().dependOnClassesThat(JavaClass.Predicates.resideInAPackage("io.github.talkcatalog.internal..")
            .and(DescribedPredicate.not(JavaClass.Predicates.resideInAPackage(
                "io.github.talkcatalog.internal.diagnostics.."))))
        .check(CLASSES);
  }
}

package dev.sluice.it.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The module rules of ARCHITECTURE.md, checked on the compiled classes. */
class ModuleBoundariesTest {
  static JavaClasses classes;

  @BeforeAll
  static void importClasses() {
    classes =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.sluice");
  }

  @Test
  void theCoreKnowsNoHttpNoSqlAndNoOtherModule() {
    noClasses()
        .that()
        .resideInAPackage("dev.sluice.core..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "java.sql..",
            "javax.sql..",
            "java.net.http..",
            "org.eclipse.jetty..",
            "dev.sluice.store..",
            "dev.sluice.aws..",
            "dev.sluice.server..")
        .check(classes);
  }

  @Test
  void theAwsWireKnowsNoStoreNoServerAndNoJetty() {
    noClasses()
        .that()
        .resideInAPackage("dev.sluice.aws..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "java.sql..", "org.eclipse.jetty..", "dev.sluice.store..", "dev.sluice.server..")
        .check(classes);
  }

  @Test
  void theStoreKnowsNoAwsWireAndNoServer() {
    noClasses()
        .that()
        .resideInAPackage("dev.sluice.store..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("dev.sluice.aws..", "dev.sluice.server..", "org.eclipse.jetty..")
        .check(classes);
  }

  @Test
  void theRuntimeKnowsNoStoreNoAwsWireAndNoServer() {
    noClasses()
        .that()
        .resideInAPackage("dev.sluice.runtime..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "java.sql..",
            "org.eclipse.jetty..",
            "dev.sluice.store..",
            "dev.sluice.aws..",
            "dev.sluice.server..")
        .check(classes);
  }

  @Test
  void servicesTalkToEachOtherOnlyThroughEvents() {
    noClasses()
        .that()
        .resideInAPackage("dev.sluice.core.objects..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "dev.sluice.core.functions..",
            "dev.sluice.core.workflows..",
            "dev.sluice.core.pipelines..",
            "dev.sluice.core.jobs..",
            "dev.sluice.core.topics..")
        .allowEmptyShould(true)
        .check(classes);
  }

  @Test
  void internalPackagesAreUsedOnlyByTheirOwnPackageAndTheCompositionRoot() {
    noClasses()
        .that()
        .resideOutsideOfPackages("dev.sluice.core.objects..", "dev.sluice.server..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("dev.sluice.core.objects.internal..")
        .check(classes);
  }

  @Test
  void theLogServicesInternalsAreUsedOnlyByItselfAndTheCompositionRoot() {
    noClasses()
        .that()
        .resideOutsideOfPackages("dev.sluice.core.logs..", "dev.sluice.server..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("dev.sluice.core.logs.internal..")
        .check(classes);
  }

  @Test
  void sparkScalaAndHadoopNeverReachTheServer() {
    noClasses()
        .that()
        .resideInAPackage("dev.sluice..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("org.apache.spark..", "scala..", "org.apache.hadoop..")
        .check(classes);
  }
}

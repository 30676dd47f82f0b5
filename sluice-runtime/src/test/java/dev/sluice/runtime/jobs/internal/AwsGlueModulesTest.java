package dev.sluice.runtime.jobs.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Sluice's awsglue modules beside utils, as python3 without PySpark sees them. */
class AwsGlueModulesTest {

  @TempDir Path temp;
  private GluePythonLibrary.Installed library;

  @BeforeEach
  void install() {
    library = new GluePythonLibrary(temp).install().value();
  }

  @Test
  void scriptsImportEverythingAndAGlueContextNeedsPySpark() {
    var run =
        PythonRun.of(
            library.lib(),
            """
            from awsglue.transforms import *
            from awsglue.context import GlueContext
            from awsglue.job import Job
            try:
                GlueContext(None)
            except ImportError as e:
                print(e)
            """);

    assertThat(run.exitCode()).as(run.output()).isZero();
    assertThat(run.output())
        .startsWith("awsglue.context needs PySpark, which ")
        .contains("cannot import (No module named 'pyspark')")
        .endsWith(
            "run the script as a glueetl job on a Sluice with PySpark installed (pip install pyspark)");
  }

  @Test
  void aJobIsInitialisedAndCommittedWithoutBookmarks() {
    var run =
        PythonRun.of(
            library.lib(),
            """
            from awsglue.job import Job
            job = Job(None)
            try:
                job.commit()
            except RuntimeError as e:
                print(e)
            job.init("nightly", {"JOB_NAME": "nightly"})
            job.commit()
            print(job.name)
            """);

    assertThat(run.output()).isEqualTo("Job.commit() before Job.init(job_name, args)\nnightly");
  }

  @Test
  void theZipHoldsThePackageAndIsImportable() throws IOException {
    try (var zip = new ZipFile(library.zip().toFile())) {
      assertThat(zip.stream().map(entry -> entry.getName()))
          .containsExactly(
              "awsglue/__init__.py",
              "awsglue/utils.py",
              "awsglue/context.py",
              "awsglue/job.py",
              "awsglue/transforms/__init__.py");
    }
    var run =
        PythonRun.of(
            library.zip(),
            "import awsglue.utils, sys; print(awsglue.utils.getResolvedOptions(['s', '--a', '1'],"
                + " ['a'])['a'])");

    assertThat(run.output()).isEqualTo("1");
  }
}

package dev.sluice.runtime.jobs.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Sluice's awsglue.utils.getResolvedOptions, run by python3 as job scripts run it. */
class GetResolvedOptionsTest {

  private static final String RESOLVE =
      """
      import json, sys
      from awsglue.utils import getResolvedOptions
      names = sys.argv[1].split(",") if sys.argv[1] else []
      print(json.dumps(getResolvedOptions(sys.argv[1:], names)))
      """;

  @TempDir Path temp;
  private Path lib;

  @BeforeEach
  void install() {
    lib = new GluePythonLibrary(temp).install().value().lib();
  }

  private PythonRun resolve(String names, String... args) {
    var argv = new String[args.length + 1];
    argv[0] = names;
    System.arraycopy(args, 0, argv, 1, args.length);
    return PythonRun.of(lib, RESOLVE, argv);
  }

  private static Map<String, Object> json(PythonRun run) throws Exception {
    assertThat(run.exitCode()).as(run.output()).isZero();
    return new ObjectMapper().readValue(run.output(), new TypeReference<>() {});
  }

  @Test
  void answersTheAskedOptionsAndTheReservedOnesIgnoringOthers() throws Exception {
    var run =
        resolve(
            "JOB_NAME,input-path",
            "--JOB_NAME",
            "nightly",
            "--input-path",
            "s3://in/",
            "--extra-jars",
            "s3://b/x.jar",
            "--JOB_RUN_ID",
            "jr_1",
            "--TempDir",
            "s3://tmp/");

    var expected = new HashMap<String, Object>();
    expected.put("JOB_NAME", "nightly");
    expected.put("input_path", "s3://in/");
    expected.put("JOB_ID", null);
    expected.put("JOB_RUN_ID", "jr_1");
    expected.put("SECURITY_CONFIGURATION", null);
    expected.put("encryption_type", null);
    expected.put("TempDir", "s3://tmp/");
    expected.put("RedshiftTempDir", "s3://tmp/");
    expected.put("job_bookmark_option", "job-bookmark-disable");
    assertThat(json(run)).isEqualTo(expected);
  }

  @Test
  void aMissingOptionRaisesGlueArgumentErrorWithArgparsesMessage() {
    var run = resolve("parameter1,JOB_NAME,p2", "--JOB_NAME", "x");

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.lastLine())
        .isEqualTo(
            "awsglue.utils.GlueArgumentError: the following arguments are required: --parameter1,"
                + " --p2");
  }

  @Test
  void anInvalidBookmarkOptionRaisesGlueArgumentError() {
    var run = resolve("", "--job-bookmark-option", "on");

    assertThat(run.lastLine())
        .startsWith(
            "awsglue.utils.GlueArgumentError: argument --job-bookmark-option: invalid choice:"
                + " 'on'");
  }

  @Test
  void askingForAReservedBookmarkOptionIsAnError() {
    assertThat(resolve("job_bookmark_option").lastLine())
        .isEqualTo("RuntimeError: Using reserved arguments --job-bookmark-option");
  }

  @Test
  void theContinuationOptionBecomesABookmarkOptionAndARangeIsKeptOnlyWhenPaused() throws Exception {
    var paused =
        json(
            resolve(
                "",
                "--continuation-option",
                "continuation-readonly",
                "--job-bookmark-from",
                "a",
                "--job-bookmark-to",
                "b"));
    var enabled =
        json(
            resolve(
                "",
                "--job-bookmark-option",
                "job-bookmark-enable",
                "--job-bookmark-from",
                "a",
                "--job-bookmark-to",
                "b"));

    assertThat(paused)
        .containsEntry("job_bookmark_option", "job-bookmark-pause")
        .containsEntry("job_bookmark_from", "a")
        .containsEntry("job_bookmark_to", "b")
        .doesNotContainKey("continuation_option");
    assertThat(enabled)
        .containsEntry("job_bookmark_option", "job-bookmark-enable")
        .doesNotContainKeys("job_bookmark_from", "job_bookmark_to");
  }

  @Test
  void theTempDirIsNeverRequiredAndTheRedshiftOneStandsInForIt() throws Exception {
    var resolved = json(resolve("TempDir", "--RedshiftTempDir", "s3://r/"));

    assertThat(resolved).containsEntry("TempDir", "s3://r/");
  }
}

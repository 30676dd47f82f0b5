package dev.sluice.store.pipelinework;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sluice.core.pipelines.work.WorkItem;
import dev.sluice.core.pipelines.work.WorkOutcome;
import java.io.IOException;
import java.nio.file.Files;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** ShellCommandActivity without staging: the command or the script, arguments, output, exit. */
class ShellWorkTest extends WorkersFixture {

  private static WorkItem.Shell command(String command, List<String> arguments) {
    return new WorkItem.Shell(command, null, arguments, false, List.of(), List.of(), null, null);
  }

  @Test
  void runsTheCommandInTheWorkDirectoryWithItsArguments() throws IOException {
    var outcome = workers.run(command("echo \"$1|$2\" > args.txt", List.of("a b", "c")), context);

    assertThat(outcome).isEqualTo(WorkOutcome.success());
    assertThat(Files.readString(context.workDir().resolve("args.txt"))).isEqualTo("a b|c\n");
  }

  @Test
  void downloadsTheScriptAtScriptUriAndRunsItWithSh() throws IOException {
    bucket("scripts");
    put("scripts", "jobs/count.sh", "echo \"counted $# from $1\" > count.txt\n");
    var item =
        new WorkItem.Shell(
            null,
            "s3://scripts/jobs/count.sh",
            List.of("x", "y"),
            false,
            List.of(),
            List.of(),
            null,
            null);

    var outcome = workers.run(item, context);

    assertThat(outcome).isEqualTo(WorkOutcome.success());
    assertThat(Files.readString(context.workDir().resolve("count.txt")))
        .isEqualTo("counted 2 from x\n");
  }

  @Test
  void aScriptThatIsNotThereFailsWithS3sCode() {
    bucket("scripts");
    var item =
        new WorkItem.Shell(
            null, "s3://scripts/none.sh", List.of(), false, List.of(), List.of(), null, null);

    var outcome = workers.run(item, context);

    assertThat(outcome.succeeded()).isFalse();
    assertThat(outcome.errorMessage())
        .isEqualTo(
            "Could not download s3://scripts/none.sh: NoSuchKey: The specified key does not"
                + " exist.");
  }

  @Test
  void writesStdoutAndStderrToTheirLocations() {
    bucket("logs");
    var item =
        new WorkItem.Shell(
            "echo out; echo err >&2",
            null,
            List.of(),
            false,
            List.of(),
            List.of(),
            "s3://logs/run/stdout",
            "s3://logs/run/stderr");

    assertThat(workers.run(item, context)).isEqualTo(WorkOutcome.success());

    assertThat(read("logs", "run/stdout")).isEqualTo("out\n");
    assertThat(read("logs", "run/stderr")).isEqualTo("err\n");
  }

  @Test
  void aNonZeroExitFailsWithItsCodeAndTheEndOfStderrAndStillWritesTheOutput() {
    bucket("logs");
    var item =
        new WorkItem.Shell(
            "echo working; head -c 6000 /dev/zero | tr '\\0' x >&2; echo ' the end' >&2; exit 3",
            null,
            List.of(),
            false,
            List.of(),
            List.of(),
            "s3://logs/stdout",
            null);

    var outcome = workers.run(item, context);

    assertThat(outcome.succeeded()).isFalse();
    assertThat(outcome.errorMessage()).isEqualTo("Command failed with exit code 3");
    assertThat(outcome.errorStackTrace()).hasSize(4096).endsWith("xxx the end\n");
    assertThat(read("logs", "stdout")).isEqualTo("working\n");
  }

  @Test
  void aCommandRunningLongerThanTheTimeoutFails() {
    var outcome = workers.run(command("sleep 20", List.of()), context(Duration.ofMillis(300)));

    assertThat(outcome.succeeded()).isFalse();
    assertThat(outcome.errorMessage()).isEqualTo("Command timed out");
  }
}

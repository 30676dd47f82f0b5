package dev.sluice.runtime.steps;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sluice.core.pipelines.work.ShellRunner.ShellResult;
import dev.sluice.core.pipelines.work.WorkContext;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProcessShellRunnerTest {

  @TempDir Path workDir;
  private final RecordedLogs logs = new RecordedLogs();
  private final Instant stamp = Instant.parse("2026-11-21T10:00:00Z");
  private final ProcessShellRunner runner = new ProcessShellRunner(logs, () -> stamp);

  private ShellResult run(String command, List<String> args, Map<String, String> env) {
    var context =
        new WorkContext(
            "df-1", "@a_1", workDir, "pipeline/df-1", "attempt-1", Duration.ofSeconds(30));
    return runner.run(command, args, env, context);
  }

  @Test
  void reportsTheExitCodeAndOutput() {
    var result = run("echo out; echo err >&2; exit 3", List.of(), Map.of());

    assertThat(result).isEqualTo(new ShellResult(3, "out\n", "err\n", false));
    assertThat(run("true", List.of(), Map.of()).exitCode()).isZero();
  }

  @Test
  void passesArgumentsAsPositionalParameters() {
    var result =
        run(
            "printf '[%s]' \"$0\" \"$@\"; echo \" $#\"",
            List.of("a b", "'q'", "$HOME", ""), Map.of());

    assertThat(result.stdout()).isEqualTo("[sh][a b]['q'][$HOME][] 4\n");
  }

  @Test
  void addsTheEnvironmentAndRunsInTheWorkDirectory() throws IOException {
    var result =
        run("echo \"$GREETING\" > greeting.txt; pwd", List.of(), Map.of("GREETING", "hello world"));

    assertThat(Path.of(result.stdout().strip()).toRealPath()).isEqualTo(workDir.toRealPath());
    assertThat(workDir.resolve("greeting.txt")).hasContent("hello world");
    assertThat(run("echo \"$PATH\"", List.of(), Map.of()).stdout()).isNotBlank();
  }

  @Test
  void writesEveryLineToTheContextsLogStream() {
    run("echo one; echo two >&2; printf 'no end'", List.of(), Map.of());

    assertThat(logs.messages("pipeline/df-1", "attempt-1"))
        .containsExactlyInAnyOrder("one", "two", "no end");
    assertThat(logs.batches())
        .allSatisfy(
            batch ->
                assertThat(batch.events())
                    .allSatisfy(e -> assertThat(e.timestamp()).isEqualTo(stamp)));
    assertThat(logs.batches()).hasSize(1);
  }

  @Test
  void keepsTheEndOfOutputBeyondTheLimit() {
    var lines = ProcessShellRunner.OUTPUT_LIMIT_BYTES / 8 + 1000;
    var result =
        run(
            "i=0; while [ $i -lt " + lines + " ]; do printf '%07d\\n' $i; i=$((i+1)); done",
            List.of(),
            Map.of());

    assertThat(result.stdout())
        .hasSize(ProcessShellRunner.OUTPUT_LIMIT_BYTES)
        .endsWith(String.format("%07d%n", lines - 1));
    assertThat(logs.messages()).hasSize(lines).startsWith("0000000");
  }

  @Test
  void aMissingWorkDirectoryIsCreated() throws IOException {
    var nested = workDir.resolve("a/b");
    var context = new WorkContext("df-1", "@a_1", nested, "g", "s", null);

    var result = runner.run("pwd", List.of(), Map.of(), context);

    assertThat(result.exitCode()).isZero();
    assertThat(Files.isDirectory(nested)).isTrue();
  }
}

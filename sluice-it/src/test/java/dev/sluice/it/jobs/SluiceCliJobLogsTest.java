package dev.sluice.it.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sluice.it.support.SluiceCli;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.services.glue.model.JobRunState;

/**
 * {@code sluice logs --group /aws-glue/jobs/output} prints a run's driver output as {@code <time>
 * <message>} lines, stamped while the run ran; {@code --group /aws-glue/jobs/error} its standard
 * error.
 */
@ExtendWith(SharedJobs.class)
class SluiceCliJobLogsTest {
  static Jobs jobs;

  @BeforeAll
  static void connect(Jobs shared) {
    jobs = shared;
  }

  @Test
  void theLogsCommandPrintsTheRunsOutputAndErrorGroups() throws Exception {
    jobs.pythonShell(
        "logs-for-sluice-cli",
        """
        import sys
        from awsglue.utils import getResolvedOptions
        run = getResolvedOptions(sys.argv, ["JOB_RUN_ID"])["JOB_RUN_ID"]
        print("output of " + run)
        print("warning of " + run, file=sys.stderr)
        """);
    var run = jobs.runToEnd("logs-for-sluice-cli", Map.of());
    assertThat(run.jobRunState()).isEqualTo(JobRunState.SUCCEEDED);

    var output = logs("/aws-glue/jobs/output");
    var errors = logs("/aws-glue/jobs/error");

    var line = output.output().lines().filter(l -> l.endsWith(" output of " + run.id())).toList();
    assertThat(line).as(output.output()).hasSize(1);
    var time = Instant.parse(line.get(0).substring(0, line.get(0).indexOf(' ')));
    assertThat(time)
        .isBetween(
            run.startedOn().minus(Duration.ofSeconds(1)),
            run.completedOn().plus(Duration.ofSeconds(5)));
    assertThat(output.output()).doesNotContain("warning of " + run.id());
    assertThat(errors.output().lines()).anyMatch(l -> l.endsWith(" warning of " + run.id()));
  }

  private static SluiceCli.Outcome logs(String group) throws Exception {
    var outcome = SluiceCli.run("logs", "--group", group, "--endpoint", jobs.endpoint.toString());
    assertThat(outcome.exitCode()).as(outcome.output()).isZero();
    return outcome;
  }
}

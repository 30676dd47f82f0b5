package dev.sluice.it.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sluice.it.support.GlueClients;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.services.glue.model.Job;
import software.amazon.awssdk.services.glue.model.WorkerType;

/**
 * CreateJob answers the name, and GetJob answers the definition as given with the defaults Glue
 * fills in: command glueetl, Glue 5.1 with a Timeout of 480 minutes and 10 DPUs for Spark jobs,
 * Glue 1.0 (3.0 for Python 3.9) with 2,880 minutes and 0.0625 DPU for Python shell jobs, a worker
 * type's DPUs, MaxRetries 0, MaxConcurrentRuns 1, JobMode SCRIPT.
 */
@ExtendWith(SharedJobs.class)
class JobDefaultsTest {
  static Jobs jobs;

  @BeforeAll
  static void connect(Jobs shared) {
    jobs = shared;
  }

  @Test
  @SuppressWarnings("deprecation") // AllocatedCapacity: Glue still answers it
  void aJobWithOnlyAScriptIsAGlueEtlJobOnGlue51() {
    var created =
        jobs.glue.createJob(
            b ->
                b.name("defaults-etl")
                    .role(GlueClients.ROLE)
                    .command(c -> c.scriptLocation("s3://glue-scripts/etl.py")));

    assertThat(created.name()).isEqualTo("defaults-etl");
    var job = get("defaults-etl");
    assertThat(job.name()).isEqualTo("defaults-etl");
    assertThat(job.role()).isEqualTo(GlueClients.ROLE);
    assertThat(job.command().name()).isEqualTo("glueetl");
    assertThat(job.command().scriptLocation()).isEqualTo("s3://glue-scripts/etl.py");
    assertThat(job.glueVersion()).isEqualTo("5.1");
    assertThat(job.timeout()).isEqualTo(480);
    assertThat(job.maxCapacity()).isEqualTo(10.0);
    assertThat(job.allocatedCapacity()).isEqualTo(10);
    assertThat(job.workerType()).isNull();
    assertThat(job.numberOfWorkers()).isNull();
    assertThat(job.maxRetries()).isZero();
    assertThat(job.executionProperty().maxConcurrentRuns()).isEqualTo(1);
    assertThat(job.jobModeAsString()).isEqualTo("SCRIPT");
    assertThat(job.createdOn()).isNotNull().isEqualTo(job.lastModifiedOn());
    assertThat(job.hasDefaultArguments()).isFalse();
  }

  @Test
  @SuppressWarnings("deprecation") // AllocatedCapacity: Glue still answers it
  void aPythonShellJobGetsItsGlueVersionTimeoutAndCapacity() {
    jobs.glue.createJob(
        b ->
            b.name("defaults-shell")
                .role(GlueClients.ROLE)
                .command(c -> c.name("pythonshell").scriptLocation("s3://glue-scripts/s.py")));
    jobs.glue.createJob(
        b ->
            b.name("defaults-shell-39")
                .role(GlueClients.ROLE)
                .command(
                    c ->
                        c.name("pythonshell")
                            .pythonVersion("3.9")
                            .scriptLocation("s3://glue-scripts/s.py")));

    var shell = get("defaults-shell");
    assertThat(shell.command().name()).isEqualTo("pythonshell");
    assertThat(shell.glueVersion()).isEqualTo("1.0");
    assertThat(shell.timeout()).isEqualTo(2880);
    assertThat(shell.maxCapacity()).isEqualTo(0.0625);
    assertThat(shell.allocatedCapacity()).isZero();
    var shell39 = get("defaults-shell-39");
    assertThat(shell39.command().pythonVersion()).isEqualTo("3.9");
    assertThat(shell39.glueVersion()).isEqualTo("3.0");
  }

  @Test
  void aWorkerTypeGivesTheJobItsWorkersDpusAndWhatIsGivenIsAnsweredBack() {
    jobs.glue.createJob(
        b ->
            b.name("defaults-workers")
                .description("sized by workers")
                .role(GlueClients.ROLE)
                .command(c -> c.name("glueetl").scriptLocation("s3://glue-scripts/job.jar"))
                .glueVersion("4.0")
                .workerType(WorkerType.G_2_X)
                .numberOfWorkers(3)
                .maxRetries(2)
                .timeout(30)
                .executionProperty(p -> p.maxConcurrentRuns(4))
                .defaultArguments(Map.of("--class", "demo.Main", "--table", "orders"))
                .nonOverridableArguments(Map.of("--env", "test")));

    var job = get("defaults-workers");
    assertThat(job.description()).isEqualTo("sized by workers");
    assertThat(job.glueVersion()).isEqualTo("4.0");
    assertThat(job.workerType()).isEqualTo(WorkerType.G_2_X);
    assertThat(job.numberOfWorkers()).isEqualTo(3);
    assertThat(job.maxCapacity()).isEqualTo(6.0);
    assertThat(job.maxRetries()).isEqualTo(2);
    assertThat(job.timeout()).isEqualTo(30);
    assertThat(job.executionProperty().maxConcurrentRuns()).isEqualTo(4);
    assertThat(job.defaultArguments())
        .containsExactlyInAnyOrderEntriesOf(Map.of("--class", "demo.Main", "--table", "orders"));
    assertThat(job.nonOverridableArguments()).containsExactlyEntriesOf(Map.of("--env", "test"));
  }

  private static Job get(String name) {
    return jobs.glue.getJob(b -> b.jobName(name)).job();
  }
}

package dev.sluice.it.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sluice.it.support.GlueClients;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.services.glue.model.WorkerType;

/**
 * UpdateJob replaces the whole definition with JobUpdate (members left out return to their
 * defaults), keeps the name, CreatedOn and the tags, and moves LastModifiedOn.
 */
@ExtendWith(SharedJobs.class)
class UpdateJobTest {
  static Jobs jobs;

  @BeforeAll
  static void connect(Jobs shared) {
    jobs = shared;
  }

  @Test
  void anUpdateReplacesTheDefinitionAndKeepsCreatedOnAndTags() {
    jobs.glue.createJob(
        b ->
            b.name("update-me")
                .description("first")
                .role(GlueClients.ROLE)
                .command(c -> c.name("glueetl").scriptLocation("s3://glue-scripts/first.py"))
                .defaultArguments(Map.of("--a", "1"))
                .maxRetries(2)
                .timeout(30)
                .workerType(WorkerType.G_1_X)
                .numberOfWorkers(2)
                .tags(Map.of("suite", "update")));
    var before = jobs.glue.getJob(b -> b.jobName("update-me")).job();

    var updated =
        jobs.glue.updateJob(
            b ->
                b.jobName("update-me")
                    .jobUpdate(
                        u ->
                            u.description("second")
                                .role(GlueClients.ROLE)
                                .command(
                                    c ->
                                        c.name("pythonshell")
                                            .pythonVersion("3.9")
                                            .scriptLocation("s3://glue-scripts/second.py"))));

    assertThat(updated.jobName()).isEqualTo("update-me");
    var after = jobs.glue.getJob(b -> b.jobName("update-me")).job();
    assertThat(after.description()).isEqualTo("second");
    assertThat(after.command().name()).isEqualTo("pythonshell");
    assertThat(after.command().scriptLocation()).isEqualTo("s3://glue-scripts/second.py");
    assertThat(after.hasDefaultArguments()).isFalse();
    assertThat(after.maxRetries()).isZero();
    assertThat(after.timeout()).isEqualTo(2880);
    assertThat(after.workerType()).isNull();
    assertThat(after.numberOfWorkers()).isNull();
    assertThat(after.maxCapacity()).isEqualTo(0.0625);
    assertThat(after.glueVersion()).isEqualTo("3.0");
    assertThat(after.createdOn()).isEqualTo(before.createdOn());
    assertThat(after.lastModifiedOn()).isAfterOrEqualTo(before.lastModifiedOn());
    assertThat(jobs.glue.listJobs(b -> b.tags(Map.of("suite", "update"))).jobNames())
        .containsExactly("update-me");
  }
}

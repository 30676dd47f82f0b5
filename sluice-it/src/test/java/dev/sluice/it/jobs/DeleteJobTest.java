package dev.sluice.it.jobs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sluice.it.support.GlueClients;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.services.glue.model.EntityNotFoundException;

/** DeleteJob removes the job and answers its name, also when there is no such job (any more). */
@ExtendWith(SharedJobs.class)
class DeleteJobTest {
  static Jobs jobs;

  @BeforeAll
  static void connect(Jobs shared) {
    jobs = shared;
  }

  @Test
  void aDeletedJobIsGoneAndDeletingItAgainAnswersItsName() {
    jobs.glue.createJob(
        b ->
            b.name("delete-me")
                .role(GlueClients.ROLE)
                .command(c -> c.name("pythonshell").scriptLocation("s3://glue-scripts/x.py")));

    var deleted = jobs.glue.deleteJob(b -> b.jobName("delete-me"));
    var again = jobs.glue.deleteJob(b -> b.jobName("delete-me"));

    assertThat(deleted.jobName()).isEqualTo("delete-me");
    assertThat(again.jobName()).isEqualTo("delete-me");
    assertThatThrownBy(() -> jobs.glue.getJob(b -> b.jobName("delete-me")))
        .isInstanceOf(EntityNotFoundException.class);
    assertThat(jobs.glue.listJobsPaginator(b -> {}).jobNames()).doesNotContain("delete-me");
  }

  @Test
  void deletingAJobThatNeverExistedAnswersItsName() {
    assertThat(jobs.glue.deleteJob(b -> b.jobName("never-created")).jobName())
        .isEqualTo("never-created");
  }

  @Test
  void aDeletedJobsNameCanBeUsedAgain() {
    for (var script : new String[] {"s3://glue-scripts/one.py", "s3://glue-scripts/two.py"}) {
      jobs.glue.deleteJob(b -> b.jobName("reborn"));
      jobs.glue.createJob(
          b ->
              b.name("reborn")
                  .role(GlueClients.ROLE)
                  .command(c -> c.name("pythonshell").scriptLocation(script)));
    }

    assertThat(jobs.glue.getJob(b -> b.jobName("reborn")).job().command().scriptLocation())
        .isEqualTo("s3://glue-scripts/two.py");
  }
}

package dev.sluice.aws.glue;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.glue.model.CodeGenConfigurationNode;
import software.amazon.awssdk.services.glue.model.ExecutionClass;
import software.amazon.awssdk.services.glue.model.Job;
import software.amazon.awssdk.services.glue.model.JobCommand;
import software.amazon.awssdk.services.glue.model.JobMode;
import software.amazon.awssdk.services.glue.model.JobUpdate;
import software.amazon.awssdk.services.glue.model.SourceControlAuthStrategy;
import software.amazon.awssdk.services.glue.model.SourceControlDetails;
import software.amazon.awssdk.services.glue.model.SourceControlProvider;
import software.amazon.awssdk.services.glue.model.WorkerType;

/** Job definitions make the round trip from the SDK's requests to its parsed answers. */
@SuppressWarnings("deprecation") // AllocatedCapacity: deprecated by Glue, still mapped
class GlueSdkJobsTest extends GlueSdkFixture {
  private static final SourceControlDetails SOURCE_CONTROL =
      SourceControlDetails.builder()
          .provider(SourceControlProvider.GITHUB)
          .repository("repo")
          .owner("me")
          .branch("main")
          .folder("jobs")
          .lastCommitId("abc123")
          .authStrategy(SourceControlAuthStrategy.PERSONAL_ACCESS_TOKEN)
          .authToken("tok")
          .build();
  private static final Map<String, CodeGenConfigurationNode> NODES =
      Map.of(
          "node-1",
          CodeGenConfigurationNode.builder()
              .s3CsvSource(s -> s.name("in").paths("s3://b/in"))
              .build());

  /** Every member of a JobUpdate, as GlueInputMappingTest's MEMBERS hold them. */
  private static JobUpdate everyMember() {
    return JobUpdate.builder()
        .jobMode(JobMode.VISUAL)
        .jobRunQueuingEnabled(true)
        .description("nightly")
        .logUri("s3://logs/etl")
        .role("arn:aws:iam::123456789012:role/glue")
        .executionProperty(e -> e.maxConcurrentRuns(3))
        .command(
            JobCommand.builder()
                .name("glueetl")
                .scriptLocation("s3://b/etl.py")
                .pythonVersion("3")
                .runtime("Ray2.4")
                .build())
        .defaultArguments(Map.of("--day", "1", "--job-language", "python"))
        .nonOverridableArguments(Map.of("--secret", "x"))
        .connections(c -> c.connections("pg", "mysql"))
        .maxRetries(2)
        .allocatedCapacity(10)
        .timeout(60)
        .maxCapacity(2.5)
        .workerType(WorkerType.G_1_X)
        .numberOfWorkers(4)
        .securityConfiguration("sec")
        .notificationProperty(n -> n.notifyDelayAfter(5))
        .glueVersion("4.0")
        .codeGenConfigurationNodes(NODES)
        .executionClass(ExecutionClass.FLEX)
        .sourceControlDetails(SOURCE_CONTROL)
        .maintenanceWindow("Sun:3")
        .build();
  }

  private void createWithEveryMember(String name) {
    var update = everyMember();
    glue.createJob(
        r ->
            r.name(name)
                .jobMode(update.jobMode())
                .jobRunQueuingEnabled(update.jobRunQueuingEnabled())
                .description(update.description())
                .logUri(update.logUri())
                .role(update.role())
                .executionProperty(update.executionProperty())
                .command(update.command())
                .defaultArguments(update.defaultArguments())
                .nonOverridableArguments(update.nonOverridableArguments())
                .connections(update.connections())
                .maxRetries(update.maxRetries())
                .allocatedCapacity(update.allocatedCapacity())
                .timeout(update.timeout())
                .maxCapacity(update.maxCapacity())
                .workerType(update.workerType())
                .numberOfWorkers(update.numberOfWorkers())
                .securityConfiguration(update.securityConfiguration())
                .notificationProperty(update.notificationProperty())
                .glueVersion(update.glueVersion())
                .codeGenConfigurationNodes(update.codeGenConfigurationNodes())
                .executionClass(update.executionClass())
                .sourceControlDetails(update.sourceControlDetails())
                .maintenanceWindow(update.maintenanceWindow())
                .tags(Map.of("team", "data")));
  }

  private static void assertEveryMember(Job job, String name) {
    var expected = everyMember();
    assertThat(job.name()).isEqualTo(name);
    assertThat(job.jobMode()).isEqualTo(JobMode.VISUAL);
    assertThat(job.jobRunQueuingEnabled()).isTrue();
    assertThat(job.description()).isEqualTo("nightly");
    assertThat(job.logUri()).isEqualTo("s3://logs/etl");
    assertThat(job.role()).isEqualTo(expected.role());
    assertThat(job.createdOn()).isEqualTo(InMemoryJobService.NOW);
    assertThat(job.lastModifiedOn()).isEqualTo(InMemoryJobService.NOW);
    assertThat(job.executionProperty().maxConcurrentRuns()).isEqualTo(3);
    assertThat(job.command()).isEqualTo(expected.command());
    assertThat(job.defaultArguments()).isEqualTo(expected.defaultArguments());
    assertThat(job.nonOverridableArguments()).isEqualTo(Map.of("--secret", "x"));
    assertThat(job.connections().connections()).containsExactly("pg", "mysql");
    assertThat(job.maxRetries()).isEqualTo(2);
    assertThat(job.allocatedCapacity()).isEqualTo(10);
    assertThat(job.timeout()).isEqualTo(60);
    assertThat(job.maxCapacity()).isEqualTo(2.5);
    assertThat(job.workerType()).isEqualTo(WorkerType.G_1_X);
    assertThat(job.numberOfWorkers()).isEqualTo(4);
    assertThat(job.securityConfiguration()).isEqualTo("sec");
    assertThat(job.notificationProperty().notifyDelayAfter()).isEqualTo(5);
    assertThat(job.glueVersion()).isEqualTo("4.0");
    assertThat(job.codeGenConfigurationNodes()).isEqualTo(NODES);
    assertThat(job.executionClass()).isEqualTo(ExecutionClass.FLEX);
    assertThat(job.sourceControlDetails()).isEqualTo(SOURCE_CONTROL);
    assertThat(job.maintenanceWindow()).isEqualTo("Sun:3");
  }

  @Test
  void createJobSendsEveryMemberAsTheServiceExpectsThem() {
    createWithEveryMember("etl");

    assertThat(service.jobs.get("etl"))
        .isEqualTo(
            GlueInputMappingTest.created(
                GlueInputMappingTest.definition("etl", Map.of("team", "data"))));
  }

  @Test
  void getJobReadsEveryMemberBack() {
    createWithEveryMember("etl");

    assertEveryMember(glue.getJob(r -> r.jobName("etl")).job(), "etl");
  }

  @Test
  void updateJobSendsEveryMemberOfJobUpdate() {
    createJob("etl", 1);

    var answer = glue.updateJob(r -> r.jobName("etl").jobUpdate(everyMember()));

    assertThat(answer.jobName()).isEqualTo("etl");
    assertEveryMember(glue.getJob(r -> r.jobName("etl")).job(), "etl");
  }

  @Test
  void getJobsPagesThroughEveryJobWithItsMembers() {
    for (var name : new String[] {"a", "b", "c"}) {
      createWithEveryMember(name);
    }

    var jobs = glue.getJobsPaginator(r -> r.maxResults(2)).jobs().stream().toList();

    assertThat(jobs).extracting(Job::name).containsExactly("a", "b", "c");
    assertEveryMember(jobs.get(2), "c");
  }

  @Test
  void listJobsPagesThroughTheNamesCarryingTheTags() {
    createWithEveryMember("a");
    createJob("b", 1);
    createWithEveryMember("c");

    var names =
        glue
            .listJobsPaginator(r -> r.maxResults(1).tags(Map.of("team", "data")))
            .jobNames()
            .stream()
            .toList();

    assertThat(names).containsExactly("a", "c");
  }

  @Test
  void batchGetJobsReadsTheJobsAndTheNamesNotFound() {
    createWithEveryMember("a");

    var answer = glue.batchGetJobs(r -> r.jobNames("a", "missing"));

    assertThat(answer.jobs()).hasSize(1);
    assertEveryMember(answer.jobs().get(0), "a");
    assertThat(answer.jobsNotFound()).containsExactly("missing");
  }

  @Test
  void deleteJobReadsTheNameAndTheJobIsGone() {
    createJob("etl", 1);

    assertThat(glue.deleteJob(r -> r.jobName("etl")).jobName()).isEqualTo("etl");
    assertThat(service.jobs).doesNotContainKey("etl");
  }
}

package dev.sluice.aws.glue;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sluice.core.jobs.JobCommand;
import dev.sluice.core.jobs.JobDefinition;
import dev.sluice.core.jobs.NewJobRun;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Every member of CreateJob, UpdateJob and StartJobRun reaches the job service as it was sent. */
class GlueInputMappingTest extends GlueCalls {
  /** A JobUpdate holding every member, and the definition it makes for job {@code etl}. */
  static final String MEMBERS =
      """
      "JobMode":"VISUAL","JobRunQueuingEnabled":true,"Description":"nightly",
      "LogUri":"s3://logs/etl","Role":"arn:aws:iam::123456789012:role/glue",
      "ExecutionProperty":{"MaxConcurrentRuns":3},
      "Command":{"Name":"glueetl","ScriptLocation":"s3://b/etl.py","PythonVersion":"3",
        "Runtime":"Ray2.4"},
      "DefaultArguments":{"--day":"1","--job-language":"python"},
      "NonOverridableArguments":{"--secret":"x"},
      "Connections":{"Connections":["pg","mysql"]},
      "MaxRetries":2,"AllocatedCapacity":10,"Timeout":60,"MaxCapacity":2.5,
      "WorkerType":"G.1X","NumberOfWorkers":4,"SecurityConfiguration":"sec",
      "NotificationProperty":{"NotifyDelayAfter":5},"GlueVersion":"4.0",
      "CodeGenConfigurationNodes":{"node-1":{"S3CsvSource":{"Name":"in","Paths":["s3://b/in"]}}},
      "ExecutionClass":"FLEX",
      "SourceControlDetails":{"Provider":"GITHUB","Repository":"repo","Owner":"me",
        "Branch":"main","Folder":"jobs","LastCommitId":"abc123",
        "AuthStrategy":"PERSONAL_ACCESS_TOKEN","AuthToken":"tok"},
      "MaintenanceWindow":"Sun:3"
      """;

  static JobDefinition definition(String name, Map<String, String> tags) {
    return new JobDefinition(
        name,
        "nightly",
        "s3://logs/etl",
        "arn:aws:iam::123456789012:role/glue",
        null,
        null,
        new JobCommand("glueetl", "s3://b/etl.py", "3", "Ray2.4"),
        Map.of("--day", "1", "--job-language", "python"),
        Map.of("--secret", "x"),
        3,
        2,
        10,
        60,
        2.5,
        "G.1X",
        4,
        "sec",
        "4.0",
        "FLEX",
        "VISUAL",
        true,
        "Sun:3",
        Map.of(
            "Connections",
            "{\"Connections\":[\"pg\",\"mysql\"]}",
            "NotificationProperty",
            "{\"NotifyDelayAfter\":5}",
            "CodeGenConfigurationNodes",
            "{\"node-1\":{\"S3CsvSource\":{\"Name\":\"in\",\"Paths\":[\"s3://b/in\"]}}}",
            "SourceControlDetails",
            "{\"Provider\":\"GITHUB\",\"Repository\":\"repo\",\"Owner\":\"me\","
                + "\"Branch\":\"main\",\"Folder\":\"jobs\",\"LastCommitId\":\"abc123\","
                + "\"AuthStrategy\":\"PERSONAL_ACCESS_TOKEN\",\"AuthToken\":\"tok\"}"),
        tags);
  }

  /** {@code job} as the in-memory service stamps it on creation. */
  static JobDefinition created(JobDefinition job) {
    return new JobDefinition(
        job.name(),
        job.description(),
        job.logUri(),
        job.role(),
        InMemoryJobService.NOW,
        InMemoryJobService.NOW,
        job.command(),
        job.defaultArguments(),
        job.nonOverridableArguments(),
        job.maxConcurrentRuns(),
        job.maxRetries(),
        job.allocatedCapacity(),
        job.timeout(),
        job.maxCapacity(),
        job.workerType(),
        job.numberOfWorkers(),
        job.securityConfiguration(),
        job.glueVersion(),
        job.executionClass(),
        job.jobMode(),
        job.jobRunQueuingEnabled(),
        job.maintenanceWindow(),
        job.documents(),
        job.tags());
  }

  @Test
  void createJobMapsEveryMemberWithTheKeptOnesAsJsonText() throws Exception {
    var answer = ok("CreateJob", "{\"Name\":\"etl\"," + MEMBERS + ",\"Tags\":{\"team\":\"data\"}}");

    assertThat(answer).isEqualTo(parse("{\"Name\":\"etl\"}"));
    assertThat(service.jobs.get("etl"))
        .isEqualTo(created(definition("etl", Map.of("team", "data"))));
  }

  @Test
  void aJobWithOnlyItsRequiredMembersHasNullsAndEmptyMaps() throws Exception {
    createJob("bare");

    var job = service.jobs.get("bare");
    assertThat(job.command()).isEqualTo(new JobCommand("glueetl", null, null, null));
    assertThat(job.maxConcurrentRuns()).isNull();
    assertThat(job.timeout()).isNull();
    assertThat(job.defaultArguments()).isEmpty();
    assertThat(job.documents()).isEmpty();
    assertThat(job.tags()).isEmpty();
  }

  @Test
  void anExecutionPropertyWithoutItsMemberLeavesMaxConcurrentRunsNull() throws Exception {
    ok("CreateJob", "{\"Name\":\"e\",\"Role\":\"r\",\"Command\":{},\"ExecutionProperty\":{}}");

    assertThat(service.jobs.get("e").maxConcurrentRuns()).isNull();
  }

  @Test
  void updateJobReplacesTheDefinitionWithEveryMemberOfJobUpdate() throws Exception {
    createJob("etl");

    var answer = ok("UpdateJob", "{\"JobName\":\"etl\",\"JobUpdate\":{" + MEMBERS + "}}");

    assertThat(answer).isEqualTo(parse("{\"JobName\":\"etl\"}"));
    assertThat(service.jobs.get("etl")).isEqualTo(created(definition("etl", Map.of())));
  }

  @Test
  void startJobRunMapsEveryMemberTheContractKeeps() throws Exception {
    createJob("etl");

    var answer =
        ok(
            "StartJobRun",
            """
            {"JobName":"etl","JobRunQueuingEnabled":false,"JobRunId":"jr_prev",
             "Arguments":{"--day":"2"},"AllocatedCapacity":5,"Timeout":30,"MaxCapacity":1.5,
             "SecurityConfiguration":"sec","NotificationProperty":{"NotifyDelayAfter":7},
             "WorkerType":"G.2X","NumberOfWorkers":3,"ExecutionClass":"STANDARD",
             "ExecutionRoleSessionPolicy":"{}"}
            """);

    assertThat(answer.path("JobRunId").asText()).startsWith("jr_");
    assertThat(service.lastStart)
        .isEqualTo(
            new NewJobRun(
                "etl",
                "jr_prev",
                Map.of("--day", "2"),
                5,
                30,
                1.5,
                "sec",
                7,
                "G.2X",
                3,
                "STANDARD",
                false));
  }

  @Test
  void aStartWithOnlyTheJobNameLeavesEveryOtherMemberToTheJob() throws Exception {
    createJob("etl");

    ok("StartJobRun", "{\"JobName\":\"etl\"}");

    assertThat(service.lastStart).isEqualTo(NewJobRun.of("etl", Map.of()));
  }

  @Test
  void listJobsHandsOverItsTagsAndPageSize() throws Exception {
    ok("CreateJob", "{\"Name\":\"a\",\"Role\":\"r\",\"Command\":{},\"Tags\":{\"team\":\"data\"}}");
    createJob("b");

    var answer = ok("ListJobs", "{\"Tags\":{\"team\":\"data\"},\"MaxResults\":5}");

    assertThat(answer).isEqualTo(parse("{\"JobNames\":[\"a\"]}"));
  }
}

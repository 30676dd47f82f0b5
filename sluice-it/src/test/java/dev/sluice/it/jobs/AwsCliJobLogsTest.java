package dev.sluice.it.jobs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.services.glue.model.JobRunState;

/**
 * The real AWS CLI ({@code /usr/bin/aws logs get-log-events}) reads a run's driver output from
 * {@code /aws-glue/jobs/output} and its standard error from {@code /aws-glue/jobs/error}, in the
 * stream named after the run, in the order the script wrote them.
 */
@ExtendWith(SharedJobs.class)
class AwsCliJobLogsTest {
  private static final Path AWS = Path.of("/usr/bin/aws");
  private static final ObjectMapper JSON = new ObjectMapper();
  static Jobs jobs;

  @BeforeAll
  static void connect(Jobs shared) {
    assumeTrue(Files.isExecutable(AWS), AWS + " is not installed");
    jobs = shared;
  }

  @Test
  void getLogEventsReadsTheRunsOutputAndErrorStreams() throws Exception {
    jobs.pythonShell(
        "logs-for-aws-cli",
        """
        import sys
        for n in range(1, 4):
            print("line %d of 3" % n)
        print("a warning", file=sys.stderr)
        """);
    var run = jobs.runToEnd("logs-for-aws-cli", Map.of());
    assertThat(run.jobRunState()).isEqualTo(JobRunState.SUCCEEDED);

    var output = messages(getLogEvents("/aws-glue/jobs/output", run.id()));
    var errors = messages(getLogEvents("/aws-glue/jobs/error", run.id()));

    assertThat(output).containsExactly("line 1 of 3", "line 2 of 3", "line 3 of 3");
    assertThat(errors).contains("a warning").doesNotContain("line 1 of 3");
  }

  private static JsonNode getLogEvents(String group, String stream) throws Exception {
    var builder =
        new ProcessBuilder(
                AWS.toString(),
                "--endpoint-url",
                jobs.endpoint.toString(),
                "--output",
                "json",
                "logs",
                "get-log-events",
                "--log-group-name",
                group,
                "--log-stream-name",
                stream,
                "--start-from-head")
            .redirectErrorStream(true);
    var environment = builder.environment();
    environment.remove("AWS_PROFILE");
    environment.put("AWS_ACCESS_KEY_ID", "test");
    environment.put("AWS_SECRET_ACCESS_KEY", "test");
    environment.put("AWS_DEFAULT_REGION", "us-east-1");
    environment.put("AWS_PAGER", "");
    var process = builder.start();
    var text = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(process.exitValue()).as(text).isZero();
    return JSON.readTree(text);
  }

  private static List<String> messages(JsonNode answer) {
    var messages = new ArrayList<String>();
    answer.path("events").forEach(event -> messages.add(event.path("message").asText()));
    return messages;
  }
}

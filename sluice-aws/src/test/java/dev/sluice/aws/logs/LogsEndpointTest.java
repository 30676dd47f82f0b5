package dev.sluice.aws.logs;

import static dev.sluice.aws.http.RequestBuilder.request;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.sluice.aws.auth.Identity;
import dev.sluice.aws.gateway.AwsCall;
import dev.sluice.aws.http.Headers;
import dev.sluice.aws.http.HttpResponse;
import dev.sluice.core.logs.EventsPage;
import dev.sluice.core.logs.EventsQuery;
import dev.sluice.core.logs.FilterPage;
import dev.sluice.core.logs.FilterQuery;
import dev.sluice.core.logs.GroupPage;
import dev.sluice.core.logs.GroupQuery;
import dev.sluice.core.logs.LogEvent;
import dev.sluice.core.logs.LogGroup;
import dev.sluice.core.logs.LogService;
import dev.sluice.core.logs.LogStream;
import dev.sluice.core.logs.StreamPage;
import dev.sluice.core.logs.StreamQuery;
import dev.sluice.core.result.Failure;
import dev.sluice.core.result.Result;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The json 1.1 wire of CloudWatch Logs: targets, bodies, ARNs and errors. */
class LogsEndpointTest {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private final List<Object> queries = new ArrayList<>();
  private final LogsEndpoint endpoint = new LogsEndpoint(new RecordingService(), "us-east-1");

  private HttpResponse call(String target, String body, String region) {
    var request =
        request("POST", "/")
            .header("X-Amz-Target", target)
            .header("Content-Type", "application/x-amz-json-1.1")
            .body(body)
            .build();
    var identity = new Identity("AKID", "123456789012", region, "logs", "AKID");
    return endpoint.handle(
        new AwsCall(
            request, identity, "REQ1", request.body(), request.contentLength(), new Headers()));
  }

  private static JsonNode json(HttpResponse response) throws Exception {
    return MAPPER.readTree(((HttpResponse.Bytes) response.body()).bytes());
  }

  @Test
  void describeLogGroupsAnswersWithArnsOfTheCallersRegionAndAccount() throws Exception {
    var response =
        call(
            "Logs_20140328.DescribeLogGroups", "{\"logGroupNamePrefix\":\"/aws\"}", "eu-central-1");

    assertThat(response.status()).isEqualTo(200);
    assertThat(response.headers().first("Content-Type")).isEqualTo("application/x-amz-json-1.1");
    assertThat(response.headers().first("x-amzn-RequestId")).isEqualTo("REQ1");
    var group = json(response).path("logGroups").get(0);
    assertThat(group.path("arn").asText())
        .isEqualTo("arn:aws:logs:eu-central-1:123456789012:log-group:/aws/lambda/f:*");
    assertThat(group.path("logGroupArn").asText())
        .isEqualTo("arn:aws:logs:eu-central-1:123456789012:log-group:/aws/lambda/f");
    assertThat(group.path("creationTime").asLong()).isEqualTo(1_000);
    assertThat(group.path("retentionInDays").asInt()).isEqualTo(7);
    assertThat(group.path("metricFilterCount").asInt()).isZero();
    assertThat(queries).containsExactly(new GroupQuery("/aws", null, null));
  }

  @Test
  void anEmptyBodyIsAnEmptyInput() {
    assertThat(call("Logs_20140328.DescribeLogGroups", "", "us-east-1").status()).isEqualTo(200);
    assertThat(queries).containsExactly(new GroupQuery(null, null, null));
  }

  @Test
  void aLogGroupArnNamesTheGroup() {
    call(
        "Logs_20140328.GetLogEvents",
        "{\"logGroupIdentifier\":\"arn:aws:logs:us-east-1:123456789012:log-group:/aws/lambda/f:*\","
            + "\"logStreamName\":\"s\",\"startTime\":5}",
        "us-east-1");

    assertThat(queries)
        .containsExactly(
            new EventsQuery(
                "/aws/lambda/f", "s", Instant.ofEpochMilli(5), null, false, null, null));
  }

  @Test
  void anUnknownOperationIsUnknownOperationException() throws Exception {
    var response = call("Logs_20140328.StartQuery", "{}", "us-east-1");

    assertThat(response.status()).isEqualTo(400);
    assertThat(json(response).path("__type").asText()).isEqualTo("UnknownOperationException");
  }

  @Test
  void bodiesThatAreNotTheInputShapeAreSerializationExceptions() throws Exception {
    for (var body : List.of("not json", "[1]", "{\"limit\":{\"a\":1}}")) {
      var response = call("Logs_20140328.DescribeLogGroups", body, "us-east-1");

      assertThat(response.status()).as(body).isEqualTo(400);
      assertThat(json(response).path("__type").asText())
          .as(body)
          .isEqualTo("SerializationException");
    }
    assertThat(queries).isEmpty();
  }

  @Test
  void serviceFailuresKeepTheirCodeAndMessage() throws Exception {
    var response = call("Logs_20140328.DeleteLogGroup", "{\"logGroupName\":\"/x\"}", "us-east-1");

    assertThat(response.status()).isEqualTo(400);
    assertThat(json(response).path("__type").asText()).isEqualTo("ResourceNotFoundException");
    assertThat(json(response).path("message").asText())
        .isEqualTo("The specified log group does not exist.");
  }

  /** Records the queries it gets and answers with one fixed group; deletes find nothing. */
  private final class RecordingService implements LogService {
    private static final Failure NOT_FOUND =
        Failure.of("ResourceNotFoundException", 400, "The specified log group does not exist.");

    @Override
    public Result<GroupPage> describeLogGroups(GroupQuery query) {
      queries.add(query);
      return Result.ok(
          new GroupPage(
              List.of(new LogGroup("/aws/lambda/f", Instant.ofEpochMilli(1_000), 7, 3)), null));
    }

    @Override
    public Result<EventsPage> getLogEvents(EventsQuery query) {
      queries.add(query);
      return Result.ok(new EventsPage(List.of(), "f/x", "b/x"));
    }

    @Override
    public Result<LogGroup> createLogGroup(String group) {
      return Result.err(NOT_FOUND);
    }

    @Override
    public Result<Void> deleteLogGroup(String group) {
      return Result.err(NOT_FOUND);
    }

    @Override
    public Result<LogStream> createLogStream(String group, String stream) {
      return Result.err(NOT_FOUND);
    }

    @Override
    public Result<Void> deleteLogStream(String group, String stream) {
      return Result.err(NOT_FOUND);
    }

    @Override
    public Result<Void> putLogEvents(String group, String stream, List<LogEvent> events) {
      return Result.err(NOT_FOUND);
    }

    @Override
    public Result<Void> putRetentionPolicy(String group, int days) {
      return Result.err(NOT_FOUND);
    }

    @Override
    public Result<Void> deleteRetentionPolicy(String group) {
      return Result.err(NOT_FOUND);
    }

    @Override
    public Result<StreamPage> describeLogStreams(StreamQuery query) {
      return Result.err(NOT_FOUND);
    }

    @Override
    public Result<FilterPage> filterLogEvents(FilterQuery query) {
      return Result.err(NOT_FOUND);
    }
  }
}

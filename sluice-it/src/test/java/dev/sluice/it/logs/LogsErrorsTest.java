package dev.sluice.it.logs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.sluice.it.support.LogsClients;
import dev.sluice.junit.SluiceExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.services.cloudwatchlogs.model.InputLogEvent;
import software.amazon.awssdk.services.cloudwatchlogs.model.InvalidParameterException;
import software.amazon.awssdk.services.cloudwatchlogs.model.ResourceAlreadyExistsException;
import software.amazon.awssdk.services.cloudwatchlogs.model.ResourceNotFoundException;

/** CloudWatch Logs' errors reach the SDK as its typed exceptions with AWS's messages. */
class LogsErrorsTest {
  @RegisterExtension static SluiceExtension sluice = new SluiceExtension();

  @Test
  void aMissingGroupIsResourceNotFound() {
    try (var logs = LogsClients.logs(sluice.endpoint())) {
      var e =
          catchThrowableOfType(
              ResourceNotFoundException.class,
              () -> logs.filterLogEvents(r -> r.logGroupName("/aws/lambda/never")));

      assertThat(e.awsErrorDetails().errorMessage())
          .isEqualTo("The specified log group does not exist.");
      assertThat(e.statusCode()).isEqualTo(400);
      assertThat(e.requestId()).isNotBlank();
    }
  }

  @Test
  void aMissingStreamIsResourceNotFound() {
    try (var logs = LogsClients.logs(sluice.endpoint())) {
      logs.createLogGroup(r -> r.logGroupName("/has-no-streams"));
      var e =
          catchThrowableOfType(
              ResourceNotFoundException.class,
              () -> logs.getLogEvents(r -> r.logGroupName("/has-no-streams").logStreamName("s")));

      assertThat(e.awsErrorDetails().errorMessage())
          .isEqualTo("The specified log stream does not exist.");
    }
  }

  @Test
  void creatingAGroupTwiceIsResourceAlreadyExists() {
    try (var logs = LogsClients.logs(sluice.endpoint())) {
      logs.createLogGroup(r -> r.logGroupName("/twice"));
      var e =
          catchThrowableOfType(
              ResourceAlreadyExistsException.class,
              () -> logs.createLogGroup(r -> r.logGroupName("/twice")));

      assertThat(e.awsErrorDetails().errorMessage())
          .isEqualTo("The specified log group already exists");
    }
  }

  @Test
  void badParametersAreInvalidParameter() {
    try (var logs = LogsClients.logs(sluice.endpoint())) {
      logs.createLogGroup(r -> r.logGroupName("/params"));
      logs.createLogStream(r -> r.logGroupName("/params").logStreamName("s"));

      var limit =
          catchThrowableOfType(
              InvalidParameterException.class, () -> logs.describeLogGroups(r -> r.limit(51)));
      var token =
          catchThrowableOfType(
              InvalidParameterException.class,
              () ->
                  logs.getLogEvents(
                      r -> r.logGroupName("/params").logStreamName("s").nextToken("nope")));
      var order =
          catchThrowableOfType(
              InvalidParameterException.class,
              () ->
                  logs.putLogEvents(
                      r ->
                          r.logGroupName("/params")
                              .logStreamName("s")
                              .logEvents(
                                  InputLogEvent.builder().timestamp(2000L).message("b").build(),
                                  InputLogEvent.builder().timestamp(1000L).message("a").build())));

      assertThat(limit.awsErrorDetails().errorMessage())
          .contains("Member must have value less than or equal to 50");
      assertThat(token.awsErrorDetails().errorMessage())
          .isEqualTo("The specified nextToken is invalid.");
      assertThat(order.awsErrorDetails().errorMessage())
          .isEqualTo("Log events in a single PutLogEvents request must be in chronological order.");
    }
  }
}

package dev.sluice.aws.gateway;

import static dev.sluice.aws.http.RequestBuilder.request;
import static org.assertj.core.api.Assertions.assertThat;

import dev.sluice.aws.auth.AuthSettings;
import dev.sluice.aws.auth.Credential;
import dev.sluice.aws.auth.SigV4Authenticator;
import dev.sluice.aws.http.HttpResponse;
import dev.sluice.aws.sns.SnsEndpoint;
import dev.sluice.aws.sns.StubTopicService;
import dev.sluice.core.result.Result;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The confirmation and unsubscribe links of SNS's messages reach SNS unsigned and without a
 * Version, even when signatures are verified; nothing else does.
 */
class SubscriptionLinkGatewayTest {
  private static final String TOPIC = "arn:aws:sns:us-east-1:000000000000:orders";
  private static final String ENCODED_TOPIC = TOPIC.replace(":", "%3A");

  private final StubTopicService topics = new StubTopicService();
  private final RecordingEndpoint s3 = RecordingEndpoint.echo("s3");
  private final RoutingGateway gateway =
      new RoutingGateway(
          new SigV4Authenticator(AuthSettings.strict(new Credential("AKID", "SECRET", "1"))),
          List.of(new SnsEndpoint(topics, "us-east-1"), s3),
          service -> "R1");

  @Test
  void theConfirmationLinkConfirmsUnsigned() {
    topics.answer("ConfirmSubscription", Result.ok(TOPIC + ":s1"));

    var response =
        gateway.handle(
            request("GET", "/")
                .query("Action=ConfirmSubscription&TopicArn=" + ENCODED_TOPIC + "&Token=abc123")
                .build());

    assertThat(response.status()).isEqualTo(200);
    assertThat(text(response)).contains("<SubscriptionArn>" + TOPIC + ":s1</SubscriptionArn>");
    assertThat(topics.onlyCall()).containsExactly("ConfirmSubscription", TOPIC, "abc123", null);
  }

  @Test
  void theUnsubscribeLinkUnsubscribesUnsigned() {
    topics.answer("Unsubscribe", Result.ok(null));

    var response =
        gateway.handle(
            request("GET", "/")
                .query("Action=Unsubscribe&SubscriptionArn=" + ENCODED_TOPIC + "%3As1")
                .build());

    assertThat(response.status()).isEqualTo(200);
    assertThat(text(response)).contains("<UnsubscribeResponse");
    assertThat(topics.onlyCall()).containsExactly("Unsubscribe", TOPIC + ":s1");
  }

  @Test
  void otherUnsignedSnsActionsAreRefused() {
    var response =
        gateway.handle(request("GET", "/").query("Action=ListTopics&Version=2010-03-31").build());

    assertThat(response.status()).isEqualTo(403);
    assertThat(text(response)).contains("<Code>MissingAuthenticationToken</Code>");
    assertThat(topics.calls).isEmpty();
  }

  @Test
  void anUnsignedPostedConfirmationIsRefused() {
    var response =
        gateway.handle(
            request("POST", "/")
                .form(
                    "Action=ConfirmSubscription&Version=2010-03-31&TopicArn="
                        + ENCODED_TOPIC
                        + "&Token=abc")
                .build());

    assertThat(response.status()).isEqualTo(403);
    assertThat(topics.calls).isEmpty();
  }

  @Test
  void anUnsubscribeQueryWithoutAnSnsArnStaysWithS3() {
    var response =
        gateway.handle(
            request("GET", "/").query("Action=Unsubscribe&SubscriptionArn=whatever").build());

    assertThat(response.status()).isEqualTo(403);
    assertThat(topics.calls).isEmpty();
  }

  private static String text(HttpResponse response) {
    return new String(((HttpResponse.Bytes) response.body()).bytes(), StandardCharsets.UTF_8);
  }
}

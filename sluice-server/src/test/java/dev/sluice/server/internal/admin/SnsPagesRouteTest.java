package dev.sluice.server.internal.admin;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sluice.aws.http.Headers;
import dev.sluice.aws.http.HttpRequest;
import dev.sluice.aws.http.HttpResponse;
import dev.sluice.core.result.Failure;
import dev.sluice.core.result.Result;
import dev.sluice.core.time.VirtualClock;
import dev.sluice.core.topics.BatchPublished;
import dev.sluice.core.topics.CreateTopicInput;
import dev.sluice.core.topics.Page;
import dev.sluice.core.topics.PublishBatchEntry;
import dev.sluice.core.topics.PublishInput;
import dev.sluice.core.topics.Published;
import dev.sluice.core.topics.SubscribeInput;
import dev.sluice.core.topics.SubscriptionSummary;
import dev.sluice.core.topics.Tag;
import dev.sluice.core.topics.TopicService;
import dev.sluice.server.EventsView;
import dev.sluice.server.FunctionCodeView;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The pages of SNS's e-mail links. The topic service here is a small stand-in that knows one
 * pending subscription (the real one is another helper's work and not merged yet).
 */
class SnsPagesRouteTest {
  private static final String TOPIC = "arn:aws:sns:us-east-1:000000000000:orders";
  private static final String SUBSCRIPTION = TOPIC + ":3f1c0a52-6a55-4b8e-9b3e-2d3c1f0e9a11";

  private final Topics topics = new Topics();
  private final AdminRoutes routes =
      new AdminRoutes(
          () -> true,
          () -> new PrometheusMeterRegistry(PrometheusConfig.DEFAULT),
          EventsView.none(),
          FunctionCodeView.none(),
          VirtualClock.real(),
          null,
          () -> topics,
          java.util.Optional::empty);

  private HttpResponse get(String path, String query) {
    var request =
        new HttpRequest(
            "GET",
            path,
            query,
            "localhost",
            new Headers(),
            new ByteArrayInputStream(new byte[0]),
            0,
            "127.0.0.1");
    return routes.handle(request);
  }

  private static String html(HttpResponse response) {
    assertThat(response.headers().first("Content-Type")).isEqualTo("text/html; charset=utf-8");
    return new String(((HttpResponse.Bytes) response.body()).bytes(), StandardCharsets.UTF_8);
  }

  @Test
  void confirmsASubscriptionAndShowsItsArn() {
    var response =
        get(
            "/_sluice/sns/confirmation.html",
            "TopicArn=" + TOPIC + "&Token=secret-token&Endpoint=erin%40example.com");

    assertThat(response.status()).isEqualTo(200);
    assertThat(html(response))
        .contains("<h1>Subscription confirmed!</h1>")
        .contains(SUBSCRIPTION)
        .contains("erin@example.com")
        .contains("unsubscribe.html?SubscriptionArn=arn%3Aaws%3Asns");
    assertThat(topics.calls).containsExactly("confirm " + TOPIC + " secret-token");
  }

  @Test
  void answersSnsErrorMessageWithItsStatus() {
    var response = get("/_sluice/sns/confirmation.html", "TopicArn=" + TOPIC + "&Token=wrong");

    assertThat(response.status()).isEqualTo(400);
    assertThat(html(response)).contains("Invalid token").doesNotContain("confirmed!");
  }

  @Test
  void anUnknownTopicIsNotFound() {
    var response =
        get("/_sluice/sns/confirmation.html", "TopicArn=" + TOPIC + "x&Token=secret-token");

    assertThat(response.status()).isEqualTo(404);
    assertThat(html(response)).contains("Topic does not exist");
  }

  @Test
  void aLinkWithoutItsTokenIsRefused() {
    var response = get("/_sluice/sns/confirmation.html", "TopicArn=" + TOPIC);

    assertThat(response.status()).isEqualTo(400);
    assertThat(topics.calls).isEmpty();
  }

  @Test
  void escapesWhatTheLinkCarries() {
    var response =
        get(
            "/_sluice/sns/confirmation.html",
            "TopicArn=" + TOPIC + "&Token=secret-token&Endpoint=%3Cscript%3Ex%3C/script%3E");

    assertThat(html(response)).doesNotContain("<script>").contains("&lt;script&gt;");
  }

  @Test
  void unsubscribes() {
    var response =
        get(
            "/_sluice/sns/unsubscribe.html",
            "SubscriptionArn=" + SUBSCRIPTION + "&Endpoint=erin%40example.com");

    assertThat(response.status()).isEqualTo(200);
    assertThat(html(response)).contains("<h1>Unsubscribed</h1>").contains(SUBSCRIPTION);
    assertThat(topics.calls).containsExactly("unsubscribe " + SUBSCRIPTION);
  }

  @Test
  void answersThatNoSnsRunsWhenThereIsNone() {
    var withoutSns =
        new AdminRoutes(
            () -> true,
            () -> new PrometheusMeterRegistry(PrometheusConfig.DEFAULT),
            EventsView.none(),
            FunctionCodeView.none(),
            VirtualClock.real(),
            null,
            () -> null,
            java.util.Optional::empty);

    var response =
        withoutSns.handle(
            new HttpRequest(
                "GET",
                "/_sluice/sns/unsubscribe.html",
                "SubscriptionArn=" + SUBSCRIPTION,
                "localhost",
                new Headers(),
                new ByteArrayInputStream(new byte[0]),
                0,
                "127.0.0.1"));

    assertThat(response.status()).isEqualTo(503);
  }

  /** One topic with one pending subscription whose token is {@code secret-token}. */
  private static final class Topics implements TopicService {
    final List<String> calls = new ArrayList<>();

    @Override
    public Result<String> confirmSubscription(
        String topicArn, String token, String authenticateOnUnsubscribe) {
      calls.add("confirm " + topicArn + " " + token);
      if (!topicArn.equals(TOPIC)) {
        return Result.err(Failure.of("NotFound", 404, "Topic does not exist"));
      }
      if (!token.equals("secret-token")) {
        return Result.err(Failure.of("InvalidParameter", 400, "Invalid token"));
      }
      return Result.ok(SUBSCRIPTION);
    }

    @Override
    public Result<Void> unsubscribe(String subscriptionArn) {
      calls.add("unsubscribe " + subscriptionArn);
      return Result.ok(null);
    }

    @Override
    public Result<String> createTopic(CreateTopicInput input) {
      throw new UnsupportedOperationException();
    }

    @Override
    public Result<Void> deleteTopic(String topicArn) {
      throw new UnsupportedOperationException();
    }

    @Override
    public Result<Page<String>> listTopics(String nextToken) {
      throw new UnsupportedOperationException();
    }

    @Override
    public Result<Map<String, String>> getTopicAttributes(String topicArn) {
      throw new UnsupportedOperationException();
    }

    @Override
    public Result<Void> setTopicAttributes(String topicArn, String name, String value) {
      throw new UnsupportedOperationException();
    }

    @Override
    public Result<String> subscribe(SubscribeInput input) {
      throw new UnsupportedOperationException();
    }

    @Override
    public Result<Page<SubscriptionSummary>> listSubscriptions(String nextToken) {
      throw new UnsupportedOperationException();
    }

    @Override
    public Result<Page<SubscriptionSummary>> listSubscriptionsByTopic(
        String topicArn, String nextToken) {
      throw new UnsupportedOperationException();
    }

    @Override
    public Result<Map<String, String>> getSubscriptionAttributes(String subscriptionArn) {
      throw new UnsupportedOperationException();
    }

    @Override
    public Result<Void> setSubscriptionAttributes(
        String subscriptionArn, String name, String value) {
      throw new UnsupportedOperationException();
    }

    @Override
    public Result<Published> publish(PublishInput input) {
      throw new UnsupportedOperationException();
    }

    @Override
    public Result<BatchPublished> publishBatch(String topicArn, List<PublishBatchEntry> entries) {
      throw new UnsupportedOperationException();
    }

    @Override
    public Result<Void> tagResource(String resourceArn, List<Tag> tags) {
      throw new UnsupportedOperationException();
    }

    @Override
    public Result<Void> untagResource(String resourceArn, List<String> tagKeys) {
      throw new UnsupportedOperationException();
    }

    @Override
    public Result<List<Tag>> listTagsForResource(String resourceArn) {
      throw new UnsupportedOperationException();
    }
  }
}

package dev.sluice.server.internal.admin;

import dev.sluice.aws.http.HttpResponse;
import dev.sluice.core.result.Failure;
import dev.sluice.core.result.Result;
import dev.sluice.core.topics.TopicService;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The pages the links of SNS's e-mail open: {@code
 * /_sluice/sns/confirmation.html?TopicArn=..&Token=..&Endpoint=..} confirms a subscription, {@code
 * /_sluice/sns/unsubscribe.html?SubscriptionArn=..&Endpoint=..} ends one; each answers a small HTML
 * page, or SNS's error message with its status.
 */
final class SnsPagesRoute {
  static final String CONFIRMATION = "sns/confirmation.html";
  static final String UNSUBSCRIBE = "sns/unsubscribe.html";

  private final Supplier<TopicService> topics;

  /** {@code topics} answers null while this Sluice runs no SNS. */
  SnsPagesRoute(Supplier<TopicService> topics) {
    this.topics = topics;
  }

  HttpResponse confirmation(String rawQuery) {
    var query = QueryParameters.parse(rawQuery);
    var topicArn = query.get("TopicArn");
    var token = query.get("Token");
    if (isBlank(topicArn) || isBlank(token)) {
      return HtmlPage.error(400, "The link needs the parameters TopicArn and Token.");
    }
    return ask(
        service -> service.confirmSubscription(topicArn, token, null),
        arn ->
            HtmlPage.ok(
                "Subscription confirmed!",
                "<p>You subscribed "
                    + HtmlPage.escape(orUnknown(query.get("Endpoint")))
                    + " to the topic <code>"
                    + HtmlPage.escape(topicArn)
                    + "</code>.</p>\n<p>The subscription's ARN is <code>"
                    + HtmlPage.escape(arn)
                    + "</code>.</p>\n<p><a href=\""
                    + HtmlPage.escape(unsubscribeLink(arn, query))
                    + "\">Unsubscribe</a> if you did not mean to subscribe.</p>"));
  }

  HttpResponse unsubscribe(String rawQuery) {
    var query = QueryParameters.parse(rawQuery);
    var subscriptionArn = query.get("SubscriptionArn");
    if (isBlank(subscriptionArn)) {
      return HtmlPage.error(400, "The link needs the parameter SubscriptionArn.");
    }
    return ask(
        service -> service.unsubscribe(subscriptionArn),
        done ->
            HtmlPage.ok(
                "Unsubscribed",
                "<p>"
                    + HtmlPage.escape(orUnknown(query.get("Endpoint")))
                    + " will get no more messages from the subscription <code>"
                    + HtmlPage.escape(subscriptionArn)
                    + "</code>.</p>"));
  }

  private <T> HttpResponse ask(
      Function<TopicService, Result<T>> call, Function<T, HttpResponse> page) {
    var service = topics.get();
    if (service == null) {
      return HtmlPage.error(503, "This Sluice runs no SNS.");
    }
    return switch (call.apply(service)) {
      case Result.Ok<T> ok -> page.apply(ok.value());
      case Result.Err<T> err -> failed(err.failure());
    };
  }

  private static HttpResponse failed(Failure failure) {
    return HtmlPage.error(failure.status(), failure.message());
  }

  private static String unsubscribeLink(String subscriptionArn, Map<String, String> query) {
    var link = "unsubscribe.html?SubscriptionArn=" + encode(subscriptionArn);
    var endpoint = query.get("Endpoint");
    return endpoint == null ? link : link + "&Endpoint=" + encode(endpoint);
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }

  private static boolean isBlank(String value) {
    return value == null || value.isBlank();
  }

  private static String orUnknown(String endpoint) {
    return isBlank(endpoint) ? "your endpoint" : endpoint;
  }
}

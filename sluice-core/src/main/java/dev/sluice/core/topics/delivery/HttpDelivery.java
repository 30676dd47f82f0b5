package dev.sluice.core.topics.delivery;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.sluice.core.result.Failure;
import dev.sluice.core.result.Result;
import dev.sluice.core.topics.TopicDelivery;
import java.util.LinkedHashMap;

/**
 * One message posted to an http/https subscriber as SNS posts it. Only a 2xx answer delivers it; a
 * 4xx is a client-side error SNS does not retry ({@link #CLIENT_ERROR}); 5xx, timeouts and refused
 * connections are retried by the delivery policy.
 */
final class HttpDelivery {
  static final String CLIENT_ERROR = "EndpointClientError";
  static final String SERVER_ERROR = "EndpointServerError";
  private static final ObjectMapper JSON = new ObjectMapper();
  private final WebhookClient client;
  private final Envelopes envelopes;

  HttpDelivery(WebhookClient client, Envelopes envelopes) {
    this.client = client;
    this.envelopes = envelopes;
  }

  Result<Void> deliver(TopicDelivery d) {
    var raw = d.rawMessageDelivery() && TopicDelivery.NOTIFICATION.equals(d.kind());
    var headers = new LinkedHashMap<String, String>();
    headers.put("x-amz-sns-message-type", d.kind());
    headers.put("x-amz-sns-message-id", d.messageId());
    headers.put("x-amz-sns-topic-arn", d.topicArn());
    if (TopicDelivery.NOTIFICATION.equals(d.kind())) {
      headers.put("x-amz-sns-subscription-arn", d.subscriptionArn());
    }
    if (raw) {
      headers.put("x-amz-sns-rawdelivery", "true");
    }
    headers.put("Content-Type", contentType(d.deliveryPolicy()));
    headers.put("User-Agent", "Amazon Simple Notification Service Agent");
    var body = raw ? d.message() : envelopes.json(d);
    return client.post(d.endpoint(), headers, body).flatMap(status -> judge(d, status));
  }

  private static Result<Void> judge(TopicDelivery d, int status) {
    if (status >= 200 && status < 300) {
      return Result.ok(null);
    }
    var code = status >= 400 && status < 500 ? CLIENT_ERROR : SERVER_ERROR;
    return Result.err(Failure.of(code, status, d.endpoint() + " answered " + status));
  }

  private static String contentType(String policy) {
    if (policy == null) {
      return "text/plain; charset=UTF-8";
    }
    try {
      var type = JSON.readTree(policy).path("requestPolicy").path("headerContentType");
      return type.isTextual() ? type.asText() : "text/plain; charset=UTF-8";
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      return "text/plain; charset=UTF-8";
    }
  }
}

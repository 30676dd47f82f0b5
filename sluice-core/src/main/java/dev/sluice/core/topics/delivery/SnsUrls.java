package dev.sluice.core.topics.delivery;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.function.Supplier;

/** The links SNS puts into messages, built from Sluice's endpoint at delivery time. */
public record SnsUrls(Supplier<String> endpoint) {

  public String subscribe(String topicArn, String token) {
    return base() + "/?Action=ConfirmSubscription&TopicArn=" + enc(topicArn) + "&Token=" + token;
  }

  public String unsubscribe(String subscriptionArn) {
    return base() + "/?Action=Unsubscribe&SubscriptionArn=" + enc(subscriptionArn);
  }

  public String signingCert(String keyId) {
    return base() + "/_sluice/sns/SimpleNotificationService-" + keyId + ".pem";
  }

  public String unsubscribePage(String subscriptionArn, String address) {
    return base()
        + "/_sluice/sns/unsubscribe.html?SubscriptionArn="
        + enc(subscriptionArn)
        + "&Endpoint="
        + enc(address);
  }

  public String confirmationPage(String topicArn, String token, String address) {
    return base()
        + "/_sluice/sns/confirmation.html?TopicArn="
        + enc(topicArn)
        + "&Token="
        + enc(token)
        + "&Endpoint="
        + enc(address);
  }

  private String base() {
    var url = endpoint.get();
    return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
  }

  private static String enc(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }
}

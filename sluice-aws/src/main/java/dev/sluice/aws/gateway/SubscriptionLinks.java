package dev.sluice.aws.gateway;

import dev.sluice.aws.gateway.internal.FormParameters;
import dev.sluice.aws.http.HttpRequest;

/**
 * The links SNS puts into the messages it sends: {@code GET
 * /?Action=ConfirmSubscription&TopicArn=arn:aws:sns:...&Token=...} in a confirmation request and
 * {@code GET /?Action=Unsubscribe&SubscriptionArn=arn:aws:sns:...} in a notification. A plain HTTP
 * client opens them unsigned and without a {@code Version}, so the gateway recognises them by their
 * action and ARN, routes them to SNS and lets them through authentication unsigned.
 */
public final class SubscriptionLinks {
  private static final String SNS_ARN = "arn:aws:sns:";

  private SubscriptionLinks() {}

  public static boolean isLink(HttpRequest request) {
    if (!request.method().equals("GET")) {
      return false;
    }
    var query = FormParameters.parse(request.rawQuery());
    var action = query.get("Action");
    if ("ConfirmSubscription".equals(action)) {
      return isSnsArn(query.get("TopicArn"));
    }
    if ("Unsubscribe".equals(action)) {
      return isSnsArn(query.get("SubscriptionArn"));
    }
    return false;
  }

  private static boolean isSnsArn(String arn) {
    return arn != null && arn.startsWith(SNS_ARN);
  }
}

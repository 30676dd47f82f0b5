package dev.sluice.core.topics.delivery;

import dev.sluice.core.result.Result;
import dev.sluice.core.topics.MailMessage;
import dev.sluice.core.topics.MailTransport;
import dev.sluice.core.topics.TopicDelivery;

/** One message to an email or email-json subscriber, as SNS writes its e-mails. */
final class MailDelivery {
  private final MailTransport transport;
  private final Envelopes envelopes;
  private final SnsUrls urls;
  private final String fromAddress;

  MailDelivery(MailTransport transport, Envelopes envelopes, SnsUrls urls, String fromAddress) {
    this.transport = transport;
    this.envelopes = envelopes;
    this.urls = urls;
    this.fromAddress = fromAddress;
  }

  Result<Void> deliver(TopicDelivery d) {
    var confirmation = TopicDelivery.SUBSCRIPTION_CONFIRMATION.equals(d.kind());
    String subject;
    String body;
    if (confirmation && "email".equals(d.protocol())) {
      subject = "AWS Notification - Subscription Confirmation";
      body = confirmationText(d);
    } else if ("email-json".equals(d.protocol())) {
      subject = confirmation ? "AWS Notification - Subscription Confirmation" : subjectOf(d);
      body = envelopes.json(d);
    } else {
      subject = subjectOf(d);
      body = d.message() + footer(d);
    }
    var id =
        d.messageId()
            + "."
            + d.subscriptionArn().substring(d.subscriptionArn().lastIndexOf(':') + 1);
    return transport.send(
        new MailMessage(d.topicDisplayName(), fromAddress, d.endpoint(), subject, body, id));
  }

  private static String subjectOf(TopicDelivery d) {
    return d.subject() != null ? d.subject() : "AWS Notification Message";
  }

  private String confirmationText(TopicDelivery d) {
    var link = urls.confirmationPage(d.topicArn(), d.token(), d.endpoint());
    return "You have been subscribed to the topic:\n"
        + d.topicArn()
        + "\n\nTo confirm this subscription, open the link below:\n"
        + link
        + "\n\nIf you did not ask for this subscription, ignore this message; without"
        + " confirmation no messages will be sent to this address.\n";
  }

  private String footer(TopicDelivery d) {
    return "\n\n--\nTo stop receiving messages from this topic, open the link below:\n"
        + urls.unsubscribePage(d.subscriptionArn(), d.endpoint())
        + "\n\nThis message was sent by Sluice's Simple Notification Service.\n";
  }
}

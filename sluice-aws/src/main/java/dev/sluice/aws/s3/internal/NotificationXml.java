package dev.sluice.aws.s3.internal;

import dev.sluice.aws.s3.internal.xml.XmlElement;
import dev.sluice.aws.s3.internal.xml.XmlWriter;
import dev.sluice.core.objects.NotificationConfiguration;
import dev.sluice.core.objects.NotificationEventNames;
import dev.sluice.core.objects.NotificationFilterNames;
import dev.sluice.core.objects.NotificationRule;
import dev.sluice.core.objects.NotificationTarget;
import dev.sluice.core.objects.S3Failures;
import dev.sluice.core.result.Result;
import java.util.ArrayList;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * The {@code NotificationConfiguration} document: {@code TopicConfiguration} ({@code Topic}),
 * {@code QueueConfiguration} ({@code Queue}), {@code CloudFunctionConfiguration} ({@code
 * CloudFunction}), each with {@code Id}, repeated {@code Event} and a {@code Filter/S3Key/
 * FilterRule} list, and an optional empty {@code EventBridgeConfiguration}.
 */
public final class NotificationXml {
  public static final String ROOT = "NotificationConfiguration";

  private final Supplier<String> ids;

  /** {@code ids} names configurations the client sent without an Id. */
  public NotificationXml(Supplier<String> ids) {
    this.ids = ids;
  }

  public Result<NotificationConfiguration> parse(XmlElement root) {
    var rules = new ArrayList<NotificationRule>();
    boolean eventBridge = false;
    for (var element : root.children()) {
      var target = target(element.name());
      if (target != null) {
        var rule = rule(element, target);
        if (!rule.isOk()) {
          return Result.err(rule.failure());
        }
        rules.add(rule.value());
      } else if (element.name().equals("EventBridgeConfiguration")) {
        eventBridge = true;
      }
    }
    return Result.ok(new NotificationConfiguration(rules, eventBridge));
  }

  public static XmlWriter render(NotificationConfiguration configuration) {
    var xml = XmlWriter.s3Document(ROOT);
    for (var rule : configuration.rules()) {
      xml.start(element(rule.target()));
      xml.element("Id", rule.id()).element(arnElement(rule.target()), rule.targetArn());
      rule.events().forEach(e -> xml.element("Event", e));
      if (rule.prefix() != null || rule.suffix() != null) {
        xml.start("Filter").start("S3Key");
        filterRule(xml, "Prefix", rule.prefix());
        filterRule(xml, "Suffix", rule.suffix());
        xml.end().end();
      }
      xml.end();
    }
    if (configuration.eventBridge()) {
      xml.empty("EventBridgeConfiguration");
    }
    return xml;
  }

  private Result<NotificationRule> rule(XmlElement element, NotificationTarget target) {
    var arn = element.childText(arnElement(target));
    var events = element.children("Event").stream().map(e -> e.text().trim()).toList();
    if (arn == null || arn.isBlank() || events.isEmpty()) {
      return Result.err(S3Failures.malformedXml());
    }
    for (var event : events) {
      if (!NotificationEventNames.isKnown(event)) {
        return Result.err(S3Failures.unsupportedEvent(event));
      }
    }
    var id = element.childText("Id");
    var filter = filter(element.child("Filter"));
    return filter.map(
        f ->
            new NotificationRule(
                id == null || id.isBlank() ? ids.get() : id,
                target,
                arn.trim(),
                events,
                f.prefix(),
                f.suffix()));
  }

  private record KeyFilter(String prefix, String suffix) {}

  private static Result<KeyFilter> filter(XmlElement filter) {
    var s3Key = filter == null ? null : filter.child("S3Key");
    if (s3Key == null) {
      return Result.ok(new KeyFilter(null, null));
    }
    var rules = s3Key.children("FilterRule");
    var badName =
        NotificationFilterNames.check(rules.stream().map(r -> r.childText("Name")).toList());
    if (badName.isPresent()) {
      return Result.err(badName.get());
    }
    String prefix = null;
    String suffix = null;
    for (var rule : rules) {
      var value = Objects.requireNonNullElse(rule.childText("Value"), "");
      if (NotificationFilterNames.isPrefix(rule.childText("Name"))) {
        prefix = value;
      } else {
        suffix = value;
      }
    }
    return Result.ok(new KeyFilter(prefix, suffix));
  }

  private static void filterRule(XmlWriter xml, String name, String value) {
    if (value != null) {
      xml.start("FilterRule").element("Name", name).element("Value", value).end();
    }
  }

  private static NotificationTarget target(String element) {
    return switch (element) {
      case "TopicConfiguration" -> NotificationTarget.TOPIC;
      case "QueueConfiguration" -> NotificationTarget.QUEUE;
      case "CloudFunctionConfiguration" -> NotificationTarget.LAMBDA;
      default -> null;
    };
  }

  private static String element(NotificationTarget target) {
    return switch (target) {
      case TOPIC -> "TopicConfiguration";
      case QUEUE -> "QueueConfiguration";
      case LAMBDA -> "CloudFunctionConfiguration";
    };
  }

  private static String arnElement(NotificationTarget target) {
    return switch (target) {
      case TOPIC -> "Topic";
      case QUEUE -> "Queue";
      case LAMBDA -> "CloudFunction";
    };
  }
}

package dev.sluice.aws.s3.internal;

import dev.sluice.aws.s3.internal.xml.XmlElement;
import dev.sluice.aws.s3.internal.xml.XmlWriter;
import dev.sluice.core.objects.NotificationConfiguration;
import dev.sluice.core.objects.NotificationRule;
import dev.sluice.core.objects.NotificationTarget;
import dev.sluice.core.result.Result;
import java.util.ArrayList;
import java.util.Locale;
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
      return Result.err(S3Errors.malformedXml());
    }
    for (var event : events) {
      if (!NotificationEvents.isKnown(event)) {
        return Result.err(
            S3Errors.invalidArgument(
                "The event is not supported for notifications", "Event", event));
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
    String prefix = null;
    String suffix = null;
    for (var rule : s3Key.children("FilterRule")) {
      var name = rule.childText("Name");
      var value = rule.childText("Value");
      var kind = name == null ? "" : name.trim().toLowerCase(Locale.ROOT);
      if (!kind.equals("prefix") && !kind.equals("suffix")) {
        return Result.err(
            S3Errors.invalidArgument(
                "filter rule name must be either prefix or suffix", "FilterRule.Name", name));
      }
      if (kind.equals("prefix") ? prefix != null : suffix != null) {
        return Result.err(
            S3Errors.invalidArgument(
                "Cannot specify more than one " + kind + " rule in a filter.",
                "FilterRule.Name",
                name));
      }
      var v = value == null ? "" : value;
      if (kind.equals("prefix")) {
        prefix = v;
      } else {
        suffix = v;
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

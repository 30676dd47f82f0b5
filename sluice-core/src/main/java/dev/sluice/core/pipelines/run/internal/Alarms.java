package dev.sluice.core.pipelines.run.internal;

import dev.sluice.core.pipelines.RunObject;
import dev.sluice.core.pipelines.ScheduledEvent;
import dev.sluice.core.pipelines.definition.ResolvedObject;
import dev.sluice.core.topics.TopicMessage;
import java.util.List;

/**
 * Runs the actions of an instance ({@code onSuccess}, {@code onFail}, {@code onLateAction}). An
 * SnsAlarm publishes its {@code subject} and {@code message} to {@code topicArn} through the topics
 * service, committed with the change; they are evaluated with the instance as {@code node} ({@code
 * #{node.@scheduledStartTime}}, {@code #{node.errorMessage}}). A Terminate cancels the instance if
 * it has not ended.
 */
public final class Alarms {
  private Alarms() {}

  /** Runs the actions {@code key} of the instance's component names. */
  public static void fire(Plan plan, PlanInput input, RunObject instance, String key) {
    var definition = input.definition();
    var component = definition.object(instance.componentId());
    if (component.isEmpty()) {
      return;
    }
    for (var action : definition.refs(component.get(), key)) {
      switch (action.type() == null ? "" : action.type()) {
        case "SnsAlarm" -> publish(plan, definition, instance, action);
        case "Terminate" ->
            Cancellation.cancel(
                plan,
                plan.view().get(instance.id()).orElse(instance),
                "Terminated by " + action.id());
        default ->
            plan.problem(
                "Action " + action.id() + " of type " + action.type() + " is not supported");
      }
    }
  }

  private static void publish(
      Plan plan, RunDefinition definition, RunObject instance, ResolvedObject alarm) {
    var scope =
        definition.scopeFor(
            alarm.id(),
            instance.componentId(),
            plan.view().runtimeFor(RunObjects.periodStart(instance)));
    var topic = scope.rendered("topicArn");
    var subject = scope.rendered("subject");
    var message = scope.rendered("message");
    for (var part : List.of(topic, subject, message)) {
      if (!part.isOk()) {
        plan.problem(
            "SnsAlarm " + alarm.id() + " could not be evaluated: " + part.failure().message());
        return;
      }
    }
    if (topic.value().isEmpty() || message.value().isEmpty()) {
      plan.problem("SnsAlarm " + alarm.id() + " has no topicArn or no message");
      return;
    }
    var event =
        new TopicMessage(subject.value().orElse(null), message.value().get())
            .toEvent(topic.value().get());
    plan.event(new ScheduledEvent(event, plan.now()));
  }
}

package dev.sluice.core.pipelines.run.internal;

import dev.sluice.core.pipelines.RunObject;
import dev.sluice.core.pipelines.ScheduledEvent;
import dev.sluice.core.pipelines.definition.ResolvedObject;
import dev.sluice.core.result.Result;
import dev.sluice.core.topics.TopicMessage;
import java.util.Optional;

/**
 * Runs the actions of an instance ({@code onSuccess}, {@code onFail}, {@code onLateAction}). An
 * SnsAlarm publishes its {@code subject} and {@code message} to {@code topicArn} through the topics
 * service, committed with the change; their expressions are evaluated in the scope of the object
 * whose action it is (so {@code #{node.@scheduledStartTime}} is that instance's). A Terminate
 * cancels the instance if it has not ended.
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
        definition.scope(
            instance.componentId(), plan.view().runtimeFor(RunObjects.periodStart(instance)));
    var topic = render(scope, alarm.text("topicArn"));
    var subject = render(scope, alarm.text("subject"));
    var message = render(scope, alarm.text("message"));
    if (!topic.isOk() || !subject.isOk() || !message.isOk()) {
      plan.problem(
          "SnsAlarm "
              + alarm.id()
              + " could not be rendered: "
              + firstError(topic, subject, message));
      return;
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

  private static Result<Optional<String>> render(
      dev.sluice.core.pipelines.run.RunLanguage.Scope scope, Optional<String> raw) {
    if (raw.isEmpty()) {
      return Result.ok(Optional.empty());
    }
    return scope.render(raw.get()).map(Optional::of);
  }

  @SafeVarargs
  private static String firstError(Result<Optional<String>>... results) {
    for (var result : results) {
      if (!result.isOk()) {
        return result.failure().message();
      }
    }
    return "";
  }
}

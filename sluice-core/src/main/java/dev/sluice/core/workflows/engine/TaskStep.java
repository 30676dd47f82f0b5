package dev.sluice.core.workflows.engine;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.sluice.asl.Interpreter;
import dev.sluice.asl.State;
import dev.sluice.asl.Step;
import dev.sluice.asl.Timeouts;
import dev.sluice.core.workflows.HistoryEvent;
import dev.sluice.core.workflows.Progress;
import dev.sluice.core.workflows.TaskCallback;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;

/**
 * A Task state: schedules the call with the events its style uses, calls the integration (or waits
 * for a worker's answer), then completes or fails the state.
 */
final class TaskStep {
  private final ScopeRun scope;
  private final State.Task task;
  private Timeouts timeouts = new Timeouts(null, null);

  TaskStep(ScopeRun scope, State.Task task) {
    this.scope = scope;
    this.task = task;
  }

  Outcome run(List<HistoryEvent> events) {
    Position position = scope.position;
    if (position.phase() == Phase.RETRY && position.due() != null) {
      scope.sleepUntil(position.due());
    }
    TaskResource resource = TaskResource.parse(task.resource());
    boolean resumed = position.phase() == Phase.ACTIVE && position.token() != null;
    String token =
        resumed
            ? position.token()
            : resource.pattern() == TaskResource.Pattern.WAIT_FOR_TASK_TOKEN
                ? dev.sluice.core.workflows.TaskTokens.next()
                : null;
    int retries = position.attempts().stream().mapToInt(Integer::intValue).sum();
    dev.sluice.asl.Context context = scope.context(retries, token);
    Timeouts resolved = Timeouts.of(task, position.input(), context);
    if (resolved.failure() != null) {
      return scope.fail(task, resolved.failure().error(), resolved.failure().cause(), events);
    }
    this.timeouts = resolved;
    Step step = Interpreter.next(scope.machine, task.name(), position.input(), context);
    if (!(step instanceof Step.Invoke invoke)) {
      return scope.after(task, step, events);
    }
    TaskOutcome outcome;
    if (resumed) {
      outcome = await(resource, token, scope.now());
    } else if (position.phase() == Phase.ACTIVE && position.submitted() != null) {
      outcome = resume(resource, invoke.parameters(), position.submitted(), events);
    } else {
      outcome = call(resource, invoke.parameters(), token, events);
    }
    return finish(resource, outcome, new ArrayList<>());
  }

  /**
   * A {@code .sync} task resumed after it recorded its submission: the integration waits for the
   * work it started, without new Task* events; one that cannot is called again from the start.
   */
  private TaskOutcome resume(
      TaskResource resource, JsonNode parameters, JsonNode submitted, List<HistoryEvent> events) {
    Optional<TaskOutcome> resumed =
        invoke(resource, parameters, (integration, call) -> integration.resume(call, submitted));
    return resumed.isPresent() ? resumed.get() : call(resource, parameters, null, events);
  }

  private TaskOutcome call(
      TaskResource resource, JsonNode parameters, String token, List<HistoryEvent> events) {
    Instant scheduled = scope.now();
    schedule(resource, parameters, events);
    List<TaskCallback> callbacks = new ArrayList<>();
    if (token != null) {
      String activity = resource.style() == TaskResource.Style.ACTIVITY ? resource.arn() : null;
      callbacks.add(
          new TaskCallback(
              token,
              scope.run.arn(),
              scope.scope,
              activity,
              Json.write(parameters),
              scheduled,
              null,
              null));
    }
    scope.position =
        scope.position.active(scope.position.entered(), null, token, scope.lastOf(events));
    scope.commit(
        new Progress(
            scope.run.arn(),
            events,
            List.of(scope.position.frame(scope.scope)),
            List.of(),
            callbacks,
            null));
    if (resource.style() == TaskResource.Style.ACTIVITY) {
      scope.machinery.activityScheduled().run();
      return await(resource, token, scheduled);
    }
    TaskOutcome outcome =
        invoke(resource, parameters, (integration, call) -> Optional.of(integration.run(call)))
            .orElseThrow();
    if (token == null || outcome instanceof TaskOutcome.Failed) {
      return outcome;
    }
    List<HistoryEvent> submitted = new ArrayList<>();
    ObjectNode details = service(resource);
    details.setAll(Events.output(((TaskOutcome.Done) outcome).output()));
    scope.event(submitted, "TaskSubmitted", "taskSubmittedEventDetails", details);
    scope.commit(submitted, List.of(scope.position.frame(scope.scope)), List.of());
    return await(resource, token, scheduled);
  }

  /**
   * Writes TaskSubmitted with what a {@code .sync} call answered when it started its work, and
   * keeps it in the scope's frame for a resume to wait for that work.
   */
  private void submitted(TaskResource resource, JsonNode output) {
    List<HistoryEvent> events = new ArrayList<>();
    ObjectNode details = service(resource);
    details.setAll(Events.output(output));
    scope.event(events, "TaskSubmitted", "taskSubmittedEventDetails", details);
    scope.position = scope.position.submitted(output);
    scope.commit(events, List.of(scope.position.frame(scope.scope)), List.of());
  }

  private TaskOutcome await(TaskResource resource, String token, Instant scheduled) {
    try {
      return scope
          .machinery
          .answers()
          .await(token, scheduled, timeouts.timeoutSeconds(), timeouts.heartbeatSeconds());
    } catch (InterruptedException e) {
      throw new RunEnded();
    }
  }

  /** What {@link #invoke} asks of the integration: {@code run} it, or {@code resume} it. */
  private interface Attempt {
    Optional<TaskOutcome> make(TaskIntegration integration, TaskCall call)
        throws InterruptedException;
  }

  /**
   * Makes {@code attempt} on the resource's integration on a thread of its own, bounded by the
   * task's timeout; empty when a resume cannot continue the call.
   */
  private Optional<TaskOutcome> invoke(
      TaskResource resource, JsonNode parameters, Attempt attempt) {
    var integration = scope.machinery.integration(resource);
    if (integration.isEmpty()) {
      // AWS's wording for a Resource that is no ARN; for a service Sluice lacks, say so
      String why =
          resource.arn().startsWith("arn:")
              ? "Sluice has no integration for the resource '" + resource.arn() + "'"
              : "The provided ARN '" + resource.arn() + "' is invalid.";
      return Optional.of(
          new TaskOutcome.Failed(
              "States.Runtime",
              "An error occurred while scheduling the state '" + task.name() + "'. " + why));
    }
    TaskCall call =
        new TaskCall(
            resource,
            parameters,
            timeouts.timeoutSeconds(),
            Arns.region(scope.run.arn()),
            Arns.account(scope.run.arn()),
            scope.run.arn(),
            output -> submitted(resource, output),
            scope.run::abandoned);
    CompletableFuture<Optional<TaskOutcome>> running = new CompletableFuture<>();
    Thread worker =
        Thread.ofVirtual()
            .start(
                () -> {
                  try {
                    running.complete(attempt.make(integration.get(), call));
                  } catch (InterruptedException e) {
                    running.cancel(false);
                  } catch (RuntimeException e) {
                    running.completeExceptionally(e);
                  }
                });
    java.time.Instant due =
        timeouts.timeoutSeconds() == null
            ? null
            : scope.now().plusSeconds(timeouts.timeoutSeconds());
    CompletableFuture<Void> deadline =
        due == null ? new CompletableFuture<>() : scope.machinery.timers().at(due);
    try {
      CompletableFuture.anyOf(running, deadline).get();
      // a call that ends as the deadline passes (the clock jumped) has timed out
      if (!running.isDone() || due != null && !scope.now().isBefore(due)) {
        worker.interrupt();
        return Optional.of(new TaskOutcome.Failed("States.Timeout", ""));
      }
      return running.get();
    } catch (InterruptedException e) {
      worker.interrupt();
      throw new RunEnded();
    } catch (ExecutionException e) {
      if (running.isCancelled()) {
        throw new RunEnded();
      }
      return Optional.of(
          new TaskOutcome.Failed("States.Runtime", String.valueOf(e.getCause().getMessage())));
    } finally {
      deadline.cancel(false);
    }
  }

  private void schedule(TaskResource resource, JsonNode parameters, List<HistoryEvent> events) {
    switch (resource.style()) {
      case FUNCTION -> {
        ObjectNode details = Json.object();
        details.put("resource", resource.arn());
        details.put("input", Json.write(parameters));
        details.putObject("inputDetails").put("truncated", false);
        if (timeouts.timeoutSeconds() != null) {
          details.put("timeoutInSeconds", timeouts.timeoutSeconds());
        }
        scope.event(
            events, "LambdaFunctionScheduled", "lambdaFunctionScheduledEventDetails", details);
        scope.event(events, "LambdaFunctionStarted", null, null);
      }
      case ACTIVITY -> {
        ObjectNode details = Json.object();
        details.put("resource", resource.arn());
        details.put("input", Json.write(parameters));
        details.putObject("inputDetails").put("truncated", false);
        timeouts(details);
        scope.event(events, "ActivityScheduled", "activityScheduledEventDetails", details);
      }
      case SERVICE -> {
        ObjectNode details = service(resource);
        details.put("region", Arns.region(scope.run.arn()));
        details.put("parameters", Json.write(parameters));
        timeouts(details);
        scope.event(events, "TaskScheduled", "taskScheduledEventDetails", details);
        scope.event(events, "TaskStarted", "taskStartedEventDetails", service(resource));
      }
    }
  }

  private void timeouts(ObjectNode details) {
    if (timeouts.timeoutSeconds() != null) {
      details.put("timeoutInSeconds", timeouts.timeoutSeconds());
    }
    if (timeouts.heartbeatSeconds() != null) {
      details.put("heartbeatInSeconds", timeouts.heartbeatSeconds());
    }
  }

  private static ObjectNode service(TaskResource resource) {
    ObjectNode details = Json.object();
    details.put("resourceType", resource.resourceType());
    details.put("resource", resource.resource());
    return details;
  }

  private Outcome finish(TaskResource resource, TaskOutcome outcome, List<HistoryEvent> events) {
    String style =
        switch (resource.style()) {
          case FUNCTION -> "LambdaFunction";
          case ACTIVITY -> "Activity";
          case SERVICE -> "Task";
        };
    String key = Character.toLowerCase(style.charAt(0)) + style.substring(1);
    switch (outcome) {
      case TaskOutcome.Done done -> {
        ObjectNode details =
            resource.style() == TaskResource.Style.SERVICE ? service(resource) : Json.object();
        details.setAll(Events.output(done.output()));
        scope.event(events, style + "Succeeded", key + "SucceededEventDetails", details);
        Step step =
            Interpreter.complete(
                scope.machine,
                task.name(),
                scope.position.input(),
                done.output(),
                scope.context(0, null));
        return scope.after(task, step, events);
      }
      case TaskOutcome.Failed failed -> {
        boolean timedOut = "States.Timeout".equals(failed.error());
        ObjectNode details =
            resource.style() == TaskResource.Style.SERVICE ? service(resource) : Json.object();
        // a timeout's empty cause shows in the error output, not in the event
        String cause = timedOut && "".equals(failed.cause()) ? null : failed.cause();
        details.setAll(Events.failure(failed.error(), cause));
        String type = style + (timedOut ? "TimedOut" : "Failed");
        scope.event(
            events, type, key + (timedOut ? "TimedOut" : "Failed") + "EventDetails", details);
        return scope.fail(task, failed.error(), failed.cause(), events);
      }
    }
  }
}

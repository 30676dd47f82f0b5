package dev.sluice.core.workflows.engine;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.sluice.core.result.Failure;
import dev.sluice.core.result.Result;
import dev.sluice.core.workflows.ExecutionFrame;
import dev.sluice.core.workflows.ExecutionRecord;
import dev.sluice.core.workflows.ExecutionStatus;
import dev.sluice.core.workflows.HistoryEvent;
import dev.sluice.core.workflows.MachineType;
import dev.sluice.core.workflows.Progress;
import dev.sluice.core.workflows.Redrivability;
import java.time.Instant;
import java.util.List;

/**
 * One redrive of an unsuccessful execution: its ExecutionRedriven event, its RUNNING record and the
 * frames it continues from. The frames an unsuccessful execution kept are reset so that the states
 * that did not succeed are entered again: a scope that failed or was cut short (a Task, a Parallel
 * branch, a Map iteration) re-enters the state it stood in; a Parallel or Map with child frames
 * stays where it is and reruns only its unsuccessful children; succeeded children keep their
 * results.
 *
 * @param record the execution RUNNING again, its redrive counted
 * @param event the ExecutionRedriven event
 * @param frames the frames to continue from (written with the event and the record)
 */
record Redrive(ExecutionRecord record, HistoryEvent event, List<ExecutionFrame> frames) {

  /** The redrive of {@code execution} at {@code now}, or why it cannot be redriven. */
  static Result<Redrive> of(
      ExecutionRecord execution, List<ExecutionFrame> stored, long lastEventId, Instant now) {
    if (execution.type() == MachineType.EXPRESS) {
      return Result.err(refused("Execution is EXPRESS and cannot be redriven"));
    }
    Redrivability redrivability = Redrivability.of(execution, now);
    if (!redrivability.redrivable()) {
      return Result.err(refused(redrivability.reason()));
    }
    if (stored.stream().noneMatch(frame -> frame.scope().isEmpty())) {
      return Result.err(refused("Execution was started before the launch of RedriveExecution"));
    }
    int count = execution.redriveCount() + 1;
    ObjectNode details = Json.object();
    details.put("redriveCount", count);
    long id = lastEventId + 1;
    HistoryEvent event =
        Events.of(
            id, lastEventId, now, "ExecutionRedriven", "executionRedrivenEventDetails", details);
    List<ExecutionFrame> frames = stored.stream().map(frame -> reset(frame, stored, id)).toList();
    return Result.ok(new Redrive(running(execution, count, now), event, frames));
  }

  /** The step that redrives: the event, the reset frames and the RUNNING record. */
  Progress progress() {
    return new Progress(record.arn(), List.of(event), frames, List.of(), List.of(), record);
  }

  /** The root scope's position. */
  Position root() {
    return frames.stream()
        .filter(frame -> frame.scope().isEmpty())
        .findFirst()
        .map(Position::of)
        .orElseThrow();
  }

  private static ExecutionFrame reset(
      ExecutionFrame frame, List<ExecutionFrame> all, long redrivenId) {
    Position position = Position.of(frame);
    String children = frame.scope() + "/";
    if (all.stream().anyMatch(other -> other.scope().startsWith(children))) {
      // a Parallel or Map whose children rerun from their own frames
      return position.active(position.entered(), null, null, position.last()).frame(frame.scope());
    }
    boolean succeeded =
        position.phase() == Phase.DONE && position.error() == null && position.result() != null;
    if (succeeded || position.phase() == Phase.ENTER) {
      return frame;
    }
    return Position.enter(position.state(), position.input(), position.variables(), redrivenId)
        .frame(frame.scope());
  }

  private static ExecutionRecord running(ExecutionRecord e, int count, Instant now) {
    return new ExecutionRecord(
        e.arn(),
        e.machineArn(),
        e.name(),
        e.type(),
        ExecutionStatus.RUNNING,
        e.definition(),
        e.roleArn(),
        e.input(),
        null,
        null,
        null,
        e.started(),
        null,
        e.versionArn(),
        e.aliasArn(),
        count,
        now,
        e.traceHeader());
  }

  static Failure refused(String reason) {
    return Failure.of("ExecutionNotRedrivable", 400, reason);
  }
}

package dev.sluice.core.workflows.engine;

import com.fasterxml.jackson.databind.JsonNode;
import dev.sluice.asl.Dataflow;
import dev.sluice.asl.State;
import dev.sluice.asl.StateMachine;
import dev.sluice.core.workflows.ExecutionRecord;
import java.util.UUID;

/** Distributed Map states: recognising them, and the ARN of their map run. */
final class MapRuns {
  private MapRuns() {}

  /** Whether the Map's processor (ItemProcessor or the older Iterator) runs DISTRIBUTED. */
  static boolean distributed(StateMachine machine, State map) {
    Dataflow dataflow = machine.dataflow(map.name());
    JsonNode definition = dataflow == null ? null : dataflow.definition();
    if (definition == null) {
      return false;
    }
    JsonNode processor =
        definition.has("ItemProcessor")
            ? definition.get("ItemProcessor")
            : definition.path("Iterator");
    return processor.path("ProcessorConfig").path("Mode").asText().equals("DISTRIBUTED");
  }

  /** {@code arn:aws:states:<region>:<account>:mapRun:<machine>/<label or state>:<id>}. */
  static String arn(ExecutionRecord execution, State map) {
    String machine = execution.machineArn().substring(execution.machineArn().lastIndexOf(':') + 1);
    return "arn:aws:states:"
        + Arns.region(execution.arn())
        + ":"
        + Arns.account(execution.arn())
        + ":mapRun:"
        + machine
        + "/"
        + map.name()
        + ":"
        + UUID.randomUUID();
  }
}

package dev.sluice.aws.stepfunctions.operations;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.sluice.aws.stepfunctions.internal.Constraints;
import dev.sluice.aws.stepfunctions.internal.StatesJson;
import dev.sluice.aws.stepfunctions.internal.StatesRequest;
import dev.sluice.core.result.Result;
import dev.sluice.core.workflows.DefinitionDiagnostic;
import dev.sluice.core.workflows.DefinitionReport;
import dev.sluice.core.workflows.MachineType;
import dev.sluice.core.workflows.WorkflowService;
import java.util.List;

/**
 * {@code AWSStepFunctions.ValidateStateMachineDefinition}: OK or FAIL with diagnostics, at most
 * {@code maxResults} (default 100) of them, errors only when {@code severity} is ERROR.
 */
public final class ValidateStateMachineDefinition implements StatesBinding {
  public record Input(String definition, String type, String severity, Integer maxResults) {}

  private final WorkflowService workflows;

  public ValidateStateMachineDefinition(WorkflowService workflows) {
    this.workflows = workflows;
  }

  @Override
  public Result<ObjectNode> handle(StatesRequest request) {
    return request
        .input(Input.class)
        .flatMap(
            input ->
                new Constraints()
                    .required(input.definition(), "definition")
                    .secretLength(input.definition(), "definition", 1, 1_048_576)
                    .oneOf(input.type(), "type", MachineShapes.TYPES)
                    .oneOf(input.severity(), "severity", List.of("ERROR", "WARNING"))
                    .range(input.maxResults(), "maxResults", 0, 100)
                    .then(() -> Result.ok(validate(input))));
  }

  private ObjectNode validate(Input input) {
    var type = input.type() == null ? MachineType.STANDARD : MachineType.valueOf(input.type());
    var report = workflows.validateStateMachineDefinition(input.definition(), type);
    return render(report, input);
  }

  private static ObjectNode render(DefinitionReport report, Input input) {
    var shown =
        report.diagnostics().stream()
            .filter(d -> !"ERROR".equals(input.severity()) || d.severity().equals("ERROR"))
            .toList();
    int max = input.maxResults() == null || input.maxResults() == 0 ? 100 : input.maxResults();
    var node = StatesJson.object().put("result", report.ok() ? "OK" : "FAIL");
    var array = node.putArray("diagnostics");
    shown.stream().limit(max).forEach(d -> array.add(diagnostic(d)));
    node.put("truncated", shown.size() > max);
    return node;
  }

  private static ObjectNode diagnostic(DefinitionDiagnostic d) {
    var node = StatesJson.object().put("severity", d.severity());
    node.put("code", d.code());
    node.put("message", d.message());
    StatesJson.text(node, "location", d.location());
    return node;
  }
}

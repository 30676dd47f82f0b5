package dev.sluice.core.pipelines.definition.internal;

import dev.sluice.core.pipelines.PipelineDefinition;
import dev.sluice.core.pipelines.ValidationReport;
import java.util.ArrayList;

/** Runs every validation of a definition whose request shape is valid. */
public final class Checks {
  private Checks() {}

  public static ValidationReport run(PipelineDefinition definition) {
    var model = DefinitionModel.of(definition);
    var order = new ArrayList<>(model.ids());
    order.addAll(model.parameters().keySet());
    var findings = new Findings(order);
    TypeCheck.check(model, findings);
    FieldNameCheck.check(model, findings);
    ValueCheck.check(model, findings);
    RequiredCheck.check(model, findings);
    ReferenceCheck.check(model, findings);
    ScheduleCheck.check(model, findings);
    CycleCheck.check(model, findings);
    ParameterCheck.check(definition, model, findings);
    return findings.report();
  }
}

package dev.sluice.core.pipelines.internal;

import dev.sluice.core.pipelines.Field;
import dev.sluice.core.pipelines.ParameterObject;
import dev.sluice.core.pipelines.ParameterValue;
import dev.sluice.core.pipelines.PipelineDefinition;
import dev.sluice.core.pipelines.PipelineObject;
import java.util.List;

/** Pipeline definitions for the control plane's tests. */
final class Definitions {
  private Definitions() {}

  /** An on-demand pipeline with one shell command for worker group {@code wg}: valid. */
  static PipelineDefinition onDemandEcho() {
    return new PipelineDefinition(
        List.of(
            new PipelineObject(
                "Default",
                "Default",
                List.of(
                    Field.text("scheduleType", "ondemand"),
                    Field.text("failureAndRerunMode", "CASCADE"),
                    Field.text("role", "DataPipelineDefaultRole"),
                    Field.text("resourceRole", "DataPipelineDefaultResourceRole"))),
            new PipelineObject(
                "Echo",
                "Echo",
                List.of(
                    Field.text("type", "ShellCommandActivity"),
                    Field.text("command", "echo #{myGreeting}"),
                    Field.text("workerGroup", "wg")))),
        List.of(
            new ParameterObject(
                "myGreeting",
                List.of(
                    new dev.sluice.core.pipelines.ParameterAttribute("type", "String"),
                    new dev.sluice.core.pipelines.ParameterAttribute("default", "hello")))),
        List.of(new ParameterValue("myGreeting", "hi")));
  }

  /**
   * A definition Data Pipeline stores with validation errors: the activity has no command and runs
   * on an object that does not exist.
   */
  static PipelineDefinition withErrors() {
    return new PipelineDefinition(
        List.of(
            new PipelineObject(
                "Default", "Default", List.of(Field.text("scheduleType", "ondemand"))),
            new PipelineObject(
                "Broken",
                "Broken",
                List.of(
                    Field.text("type", "ShellCommandActivity"),
                    Field.ref("runsOn", "NoSuchResource")))),
        List.of(),
        List.of());
  }

  /** A definition Data Pipeline refuses outright: an object without a name, an empty value. */
  static PipelineDefinition refused() {
    return new PipelineDefinition(
        List.of(
            new PipelineObject(
                "Nameless",
                null,
                List.of(Field.text("type", "ShellCommandActivity"), Field.text("command", "")))),
        List.of(),
        List.of());
  }
}

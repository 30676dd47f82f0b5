package dev.sluice.core.pipelines.definition;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** An object's fields: its own, then its parent chain's, then Default's. */
class ResolutionInheritanceTest {

  private static final String DEFINITION =
      """
      {"objects": [
        {"id": "Default", "type": "Default", "scheduleType": "ondemand", "maximumRetries": "1",
         "role": "DataPipelineDefaultRole", "resourceRole": "DataPipelineDefaultResourceRole",
         "workerGroup": "defaultWorkers", "myLevel": "default"},
        {"id": "Grandparent", "maximumRetries": "2", "retryDelay": "10 minutes",
         "scriptArgument": ["g1", "g2"], "myLevel": "grandparent"},
        {"id": "Parent", "parent": {"ref": "Grandparent"}, "type": "ShellCommandActivity",
         "retryDelay": "5 minutes", "command": "echo parent"},
        {"id": "Child", "name": "The child", "parent": {"ref": "Parent"},
         "scriptArgument": "c1"},
        {"id": "Plain", "type": "ShellCommandActivity", "command": "echo plain"}
      ]}""";

  private static ResolvedPipeline resolved() {
    var result = ResolvedPipeline.resolve(CliDefinitions.parse(DEFINITION), List.of());
    assertThat(result.isOk()).as("%s", result).isTrue();
    return result.value();
  }

  @Test
  void prefersTheObjectsOwnValue() {
    assertThat(resolved().object("Child").texts("scriptArgument")).containsExactly("c1");
  }

  @Test
  void takesFromTheNearestParentFirst() {
    var child = resolved().object("Child");

    assertThat(child.text("retryDelay")).contains("5 minutes");
    assertThat(child.text("command")).contains("echo parent");
  }

  @Test
  void takesFromTheParentChainBeforeDefault() {
    var child = resolved().object("Child");

    assertThat(child.text("maximumRetries")).contains("2");
    assertThat(child.text("myLevel")).contains("grandparent");
  }

  @Test
  void takesFromDefaultWhatTheChainDoesNotSet() {
    var child = resolved().object("Child");

    assertThat(child.text("workerGroup")).contains("defaultWorkers");
    assertThat(child.text("scheduleType")).contains("ondemand");
    assertThat(resolved().object("Plain").text("maximumRetries")).contains("1");
  }

  @Test
  void replacesRepeatedValuesInsteadOfMergingThem() {
    assertThat(resolved().object("Parent").texts("scriptArgument")).containsExactly("g1", "g2");
    assertThat(resolved().object("Child").texts("scriptArgument")).containsExactly("c1");
  }

  @Test
  void takesTheTypeFromTheParentChainButNeverFromDefault() {
    var pipeline = resolved();

    assertThat(pipeline.object("Child").type()).isEqualTo("ShellCommandActivity");
    assertThat(pipeline.object("Grandparent").type()).isNull();
    assertThat(pipeline.ofType("ShellCommandActivity"))
        .extracting(ResolvedObject::id)
        .containsExactly("Child", "Parent", "Plain");
  }

  @Test
  void keepsTheObjectsOwnParentOnly() {
    var pipeline = resolved();

    assertThat(pipeline.object("Child").ref("parent")).contains("Parent");
    assertThat(pipeline.object("Plain").ref("parent")).isEmpty();
  }

  @Test
  void namesAnObjectByItsIdWhenItHasNoName() {
    var definition =
        CliDefinitions.parse(DEFINITION).objects().stream()
            .map(o -> new dev.sluice.core.pipelines.PipelineObject(o.id(), null, o.fields()))
            .toList();
    var pipeline =
        ResolvedPipeline.resolve(
                new dev.sluice.core.pipelines.PipelineDefinition(definition, List.of(), List.of()),
                List.of())
            .value();

    assertThat(pipeline.object("Child").name()).isEqualTo("Child");
    assertThat(resolved().object("Child").name()).isEqualTo("The child");
  }

  @Test
  void resolvesDefaultWithItsOwnFieldsOnly() {
    var defaults = resolved().object("Default");

    assertThat(defaults.type()).isEqualTo("Default");
    assertThat(defaults.kind()).isEqualTo(ObjectKind.DEFAULT);
    assertThat(defaults.text("myLevel")).contains("default");
  }

  @Test
  void refusesToResolveADefinitionWithValidationErrors() {
    var broken = DEFINITION.replace("\"command\": \"echo plain\"", "\"comand\": \"echo plain\"");

    var result = ResolvedPipeline.resolve(CliDefinitions.parse(broken), List.of());

    assertThat(result.isOk()).isFalse();
    assertThat(result.failure().code()).isEqualTo("InvalidRequestException");
    assertThat(result.failure().message())
        .startsWith(
            "Pipeline definition has errors: [object 'Plain': INVALID_FIELD_NAME:  'comand'")
        .endsWith("Please call Validate to validate your pipeline");
  }

  @Test
  void refusesToResolveADefinitionRefusedOutright() {
    var broken = DEFINITION.replace("\"echo plain\"", "\"\"");

    var result = ResolvedPipeline.resolve(CliDefinitions.parse(broken), List.of());

    assertThat(result.failure().message())
        .contains("FATAL errors: [field 'command' of object 'Plain' has an empty value]");
  }
}

package dev.sluice.core.pipelines.definition;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sluice.core.pipelines.ParameterAttribute;
import dev.sluice.core.pipelines.ParameterObject;
import dev.sluice.core.pipelines.ParameterValue;
import dev.sluice.core.pipelines.PipelineDefinition;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Parameter objects and values PutPipelineDefinition refuses outright. */
class RefusedParameterTest {

  private static PipelineDefinition parameters(
      List<ParameterObject> objects, List<ParameterValue> values) {
    return new PipelineDefinition(List.of(), objects, values);
  }

  private static ParameterObject parameter(String id) {
    return new ParameterObject(id, List.of(new ParameterAttribute("type", "String")));
  }

  @Test
  void refusesAParameterIdThatDoesNotStartWithMy() {
    var failure = Reports.refusal(parameters(List.of(parameter("inputPath")), List.of()));

    assertThat(failure.message()).contains("the parameter id 'inputPath' does not start with 'my'");
  }

  @Test
  void acceptsAMaskedParameterIdStartingWithAStarThenMy() {
    var result = DefinitionCheck.check(parameters(List.of(parameter("*myPassword")), List.of()));

    assertThat(result.isOk()).isTrue();
  }

  @Test
  void refusesTwoParametersWithTheSameId() {
    var failure =
        Reports.refusal(parameters(List.of(parameter("myPath"), parameter("myPath")), List.of()));

    assertThat(failure.message()).contains("the parameter id 'myPath' is used more than once");
  }

  @Test
  void refusesMoreThanFiftyParameters() {
    var many = new ArrayList<ParameterObject>();
    for (int i = 0; i < 51; i++) {
      many.add(parameter("myParameter" + i));
    }

    var failure = Reports.refusal(parameters(many, List.of()));

    assertThat(failure.message()).contains("the definition has 51 parameters (the limit is 50)");
  }

  @Test
  void refusesAValueForAParameterNoObjectDeclares() {
    var failure =
        Reports.refusal(
            parameters(List.of(parameter("myPath")), List.of(new ParameterValue("myOther", "x"))));

    assertThat(failure.message()).contains("the parameter value 'myOther' has no parameter object");
  }

  @Test
  void refusesAParameterObjectWithoutAnId() {
    var failure = Reports.refusal(parameters(List.of(parameter(null)), List.of()));

    assertThat(failure.message()).contains("a parameter object has no id");
  }

  @Test
  void refusesAnAttributeWithoutAValue() {
    var attribute = new ParameterAttribute("default", null);
    var failure =
        Reports.refusal(
            parameters(List.of(new ParameterObject("myPath", List.of(attribute))), List.of()));

    assertThat(failure.message())
        .contains("attribute 'default' of parameter 'myPath' has no value");
  }
}

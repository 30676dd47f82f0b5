package dev.sluice.core.pipelines.definition;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Parameter objects and the values the definition gives them, reported under their ids. */
class ParameterValidationTest {

  private static String parameters(String parameters, String values) {
    return """
        {"objects": [{"id": "Default", "scheduleType": "ondemand"}],
         "parameters": [%s], "values": {%s}}"""
        .formatted(parameters, values);
  }

  @Test
  void reportsATypeParametersDoNotHave() {
    var json = parameters("{\"id\": \"myCount\", \"type\": \"Number\"}", "");

    assertThat(Reports.errors(json, "myCount"))
        .containsExactly(
            "INVALID_PARAMETER_TYPE:  'Number' is not a valid parameter type; valid types are"
                + " String, Integer, Double and AWS::S3::ObjectKey.");
  }

  @Test
  void reportsAnUnknownAttribute() {
    var json = parameters("{\"id\": \"myCount\", \"type\": \"Integer\", \"maximum\": \"9\"}", "");

    assertThat(Reports.errors(json, "myCount"))
        .containsExactly(
            "INVALID_PARAMETER_ATTRIBUTE:  'maximum' is not a valid parameter attribute.");
  }

  @Test
  void reportsAnOptionalAttributeThatIsNotTrueOrFalse() {
    var json = parameters("{\"id\": \"myCount\", \"optional\": \"maybe\"}", "");

    assertThat(Reports.errors(json, "myCount"))
        .containsExactly("INVALID_PARAMETER_ATTRIBUTE:  'optional' value must be true or false.");
  }

  @Test
  void reportsAValueThatIsNotAnInteger() {
    var json = parameters("{\"id\": \"myCount\", \"type\": \"Integer\"}", "\"myCount\": \"ten\"");

    assertThat(Reports.errors(json, "myCount"))
        .containsExactly("INVALID_PARAMETER_VALUE:  'ten' is not a valid Integer value.");
  }

  @Test
  void acceptsDoublesAndS3Keys() {
    var json =
        parameters(
            "{\"id\": \"myRatio\", \"type\": \"Double\"}, {\"id\": \"myInput\", \"type\":"
                + " \"AWS::S3::ObjectKey\"}",
            "\"myRatio\": \"0.75\", \"myInput\": \"s3://example-bucket/input/\"");

    assertThat(Reports.check(json).errored()).isFalse();
  }

  @Test
  void reportsAnS3KeyThatIsNotAnS3Location() {
    var json =
        parameters(
            "{\"id\": \"myInput\", \"type\": \"AWS::S3::ObjectKey\"}", "\"myInput\": \"/tmp/in\"");

    assertThat(Reports.errors(json, "myInput"))
        .containsExactly(
            "INVALID_PARAMETER_VALUE:  '/tmp/in' is not a valid AWS::S3::ObjectKey value.");
  }

  @Test
  void reportsAValueOutsideTheAllowedValues() {
    var json =
        parameters(
            "{\"id\": \"mySize\", \"allowedValues\": [\"small\", \"large\"]}",
            "\"mySize\": \"huge\"");

    assertThat(Reports.errors(json, "mySize"))
        .containsExactly(
            "INVALID_PARAMETER_VALUE:  'huge' is not one of the allowed values: small, large.");
  }

  @Test
  void reportsSeveralValuesForAParameterThatIsNotAnArray() {
    var json = parameters("{\"id\": \"myPath\"}", "\"myPath\": [\"s3://b/a\", \"s3://b/b\"]");

    assertThat(Reports.errors(json, "myPath"))
        .containsExactly(
            "INVALID_PARAMETER_VALUE:  the parameter is not an array (isArray) and cannot have more"
                + " than one value.");
  }

  @Test
  void acceptsSeveralValuesForAnArray() {
    var json =
        parameters(
            "{\"id\": \"myPath\", \"isArray\": \"true\"}",
            "\"myPath\": [\"s3://b/a\", \"s3://b/b\"]");

    assertThat(Reports.check(json).errored()).isFalse();
  }

  @Test
  void checksTheDefaultWhenNoValueIsGiven() {
    var json = parameters("{\"id\": \"myCount\", \"type\": \"Integer\", \"default\": \"x\"}", "");

    assertThat(Reports.errors(json, "myCount"))
        .containsExactly("INVALID_PARAMETER_VALUE:  'x' is not a valid Integer value.");
  }

  @Test
  void listsParameterErrorsAfterObjectErrors() {
    var json =
        """
        {"objects": [{"id": "Stray"}],
         "parameters": [{"id": "myCount", "type": "Integer", "default": "x"}]}""";

    assertThat(Reports.check(json).errors())
        .extracting(m -> m.id())
        .containsExactly("Stray", "myCount");
  }
}

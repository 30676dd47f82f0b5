package dev.sluice.it.lambda;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sluice.it.support.LambdaClients;
import dev.sluice.junit.SluiceExtension;
import java.net.URI;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.services.lambda.LambdaClient;
import software.amazon.awssdk.services.lambda.model.LambdaException;
import software.amazon.awssdk.services.lambda.model.ResourceNotFoundException;

@ExtendWith(SluiceExtension.class)
class EventInvokeConfigTest {
  static final String TARGET = "arn:aws:sqs:us-east-1:000000000000:failures";
  static LambdaClient lambda;

  @BeforeAll
  static void client(URI endpoint) {
    lambda = LambdaClients.lambda(endpoint);
  }

  @Test
  void aConfigIsPutUpdatedListedAndDeleted() {
    LambdaClients.create(lambda, "eic-crud", LambdaClients.nodeZip("1"));

    var put =
        lambda.putFunctionEventInvokeConfig(
            b ->
                b.functionName("eic-crud")
                    .maximumRetryAttempts(1)
                    .maximumEventAgeInSeconds(120)
                    .destinationConfig(d -> d.onFailure(f -> f.destination(TARGET))));
    var updated =
        lambda.updateFunctionEventInvokeConfig(
            b -> b.functionName("eic-crud").maximumRetryAttempts(0));

    assertThat(put.functionArn()).isEqualTo(LambdaClients.ARN_PREFIX + "eic-crud:$LATEST");
    assertThat(put.destinationConfig().onFailure().destination()).isEqualTo(TARGET);
    assertThat(put.lastModified()).isNotNull();
    assertThat(updated.maximumRetryAttempts()).isZero();
    assertThat(updated.maximumEventAgeInSeconds()).isEqualTo(120);
    assertThat(
            lambda
                .getFunctionEventInvokeConfig(b -> b.functionName("eic-crud"))
                .maximumRetryAttempts())
        .isZero();
    assertThat(
            lambda
                .listFunctionEventInvokeConfigs(b -> b.functionName("eic-crud"))
                .functionEventInvokeConfigs())
        .hasSize(1);

    lambda.deleteFunctionEventInvokeConfig(b -> b.functionName("eic-crud"));
    assertThatThrownBy(() -> lambda.getFunctionEventInvokeConfig(b -> b.functionName("eic-crud")))
        .isInstanceOf(ResourceNotFoundException.class)
        .hasMessageContaining("doesn't have an EventInvokeConfig");
  }

  @Test
  void retriesAboveTwoAreRefused() {
    LambdaClients.create(lambda, "eic-retries", LambdaClients.nodeZip("1"));

    assertThatThrownBy(
            () ->
                lambda.putFunctionEventInvokeConfig(
                    b -> b.functionName("eic-retries").maximumRetryAttempts(3)))
        .isInstanceOf(LambdaException.class)
        .hasMessageContaining("Member must have value less than or equal to 2");
  }

  @Test
  void anEventAgeBelowAMinuteIsRefused() {
    LambdaClients.create(lambda, "eic-age", LambdaClients.nodeZip("1"));

    assertThatThrownBy(
            () ->
                lambda.putFunctionEventInvokeConfig(
                    b -> b.functionName("eic-age").maximumEventAgeInSeconds(59)))
        .isInstanceOf(LambdaException.class)
        .hasMessageContaining("Member must have value greater than or equal to 60");
  }
}

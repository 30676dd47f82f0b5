package dev.sluice.it.lambda;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sluice.it.support.LambdaClients;
import dev.sluice.junit.SluiceExtension;
import java.net.URI;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.lambda.LambdaClient;
import software.amazon.awssdk.services.lambda.model.InvalidParameterValueException;
import software.amazon.awssdk.services.lambda.model.ThrottleReason;
import software.amazon.awssdk.services.lambda.model.TooManyRequestsException;

@ExtendWith(SluiceExtension.class)
class ConcurrencyTest {
  static LambdaClient lambda;

  @BeforeAll
  static void client(URI endpoint) {
    lambda = LambdaClients.lambda(endpoint);
  }

  @Test
  void reservedConcurrencyIsPutReadAndDeleted() {
    LambdaClients.create(lambda, "conc-crud", LambdaClients.nodeZip("1"));

    var put =
        lambda.putFunctionConcurrency(
            b -> b.functionName("conc-crud").reservedConcurrentExecutions(5));

    assertThat(put.reservedConcurrentExecutions()).isEqualTo(5);
    assertThat(
            lambda
                .getFunctionConcurrency(b -> b.functionName("conc-crud"))
                .reservedConcurrentExecutions())
        .isEqualTo(5);
    assertThat(
            lambda
                .getFunction(b -> b.functionName("conc-crud"))
                .concurrency()
                .reservedConcurrentExecutions())
        .isEqualTo(5);
    lambda.deleteFunctionConcurrency(b -> b.functionName("conc-crud"));
    assertThat(
            lambda
                .getFunctionConcurrency(b -> b.functionName("conc-crud"))
                .reservedConcurrentExecutions())
        .isNull();
  }

  @Test
  void zeroReservedConcurrencyThrottlesEverySynchronousInvoke() {
    LambdaClients.create(lambda, "conc-zero", LambdaClients.nodeZip("1"));
    lambda.putFunctionConcurrency(b -> b.functionName("conc-zero").reservedConcurrentExecutions(0));

    assertThatThrownBy(
            () ->
                lambda.invoke(
                    b -> b.functionName("conc-zero").payload(SdkBytes.fromUtf8String("{}"))))
        .isInstanceOfSatisfying(
            TooManyRequestsException.class,
            e -> {
              assertThat(e.reason())
                  .isEqualTo(ThrottleReason.RESERVED_FUNCTION_CONCURRENT_INVOCATION_LIMIT_EXCEEDED);
              assertThat(e.statusCode()).isEqualTo(429);
            });
  }

  @Test
  void reservingBeyondTheAccountsUnreservedMinimumIsRefused() {
    LambdaClients.create(lambda, "conc-greedy", LambdaClients.nodeZip("1"));

    assertThatThrownBy(
            () ->
                lambda.putFunctionConcurrency(
                    b -> b.functionName("conc-greedy").reservedConcurrentExecutions(950)))
        .isInstanceOf(InvalidParameterValueException.class)
        .hasMessageContaining("below its minimum value of [100]");
  }
}

package dev.sluice.core.functions.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sluice.core.functions.AliasInput;
import dev.sluice.core.functions.InvocationType;
import dev.sluice.core.functions.InvokeInput;
import dev.sluice.core.functions.InvokeResult;
import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What Invoke checks and what it hands to the runtime. */
class InvokeRulesTest extends FunctionsFixture {

  @BeforeEach
  void function() {
    create("fn");
  }

  @Test
  void aSynchronousInvokeRunsTheResolvedVersionsSpec() {
    functions.publishVersion(CALLER, "fn", null, null, null);
    functions.createAlias(CALLER, new AliasInput("fn", "live", "1", null, null, null));

    var result =
        functions.invoke(
            CALLER,
            new InvokeInput(
                "fn:live", null, InvocationType.REQUEST_RESPONSE, true, null, "r", new byte[0]));

    assertThat(result.value()).isInstanceOf(InvokeResult.Completed.class);
    assertThat(((InvokeResult.Completed) result.value()).executedVersion()).isEqualTo("1");
    var spec = runtime.specs.getFirst();
    assertThat(spec.functionArn()).isEqualTo(ARN + "fn:1");
    assertThat(spec.timeout()).isEqualTo(Duration.ofSeconds(3));
    assertThat(spec.memoryMb()).isEqualTo(128);
    assertThat(spec.logGroup()).isEqualTo("/aws/lambda/fn");
    assertThat(new String(runtime.invocations.getFirst().payload())).isEqualTo("{}");
    assertThat(runtime.invocations.getFirst().tailLog()).isTrue();
  }

  @Test
  void aDryRunRunsNothing() {
    var result = functions.invoke(CALLER, invoke("fn", InvocationType.DRY_RUN, "{}"));

    assertThat(result.value()).isInstanceOf(InvokeResult.Permitted.class);
    assertThat(runtime.invocations).isEmpty();
  }

  @Test
  void anEventInvokeCommitsOneOutboxEntryAndRunsNothing() {
    var result = functions.invoke(CALLER, invoke("fn", InvocationType.EVENT, "{\"a\":1}"));

    assertThat(result.value()).isInstanceOf(InvokeResult.Queued.class);
    assertThat(catalog.events)
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.service()).isEqualTo("lambda");
              assertThat(e.target()).isEqualTo(ARN + "fn");
              assertThat(e.type()).isEqualTo("Invoke");
              assertThat(e.payload()).contains("\"requestId\":\"req-1\"");
            });
    assertThat(runtime.invocations).isEmpty();
  }

  @Test
  void zeroReservedConcurrencyThrottlesEverySynchronousInvoke() {
    functions.putFunctionConcurrency(CALLER, "fn", 0);

    var result = functions.invoke(CALLER, invoke("fn", InvocationType.REQUEST_RESPONSE, "{}"));

    assertThat(result.failure().code()).isEqualTo("TooManyRequestsException");
    assertThat(result.failure().status()).isEqualTo(429);
    assertThat(result.failure().details())
        .containsEntry("Reason", "ReservedFunctionConcurrentInvocationLimitExceeded");
    assertThat(runtime.invocations).isEmpty();
  }

  @Test
  void anAsynchronousPayloadOver256KilobytesIsTooLarge() {
    var big = "{\"x\":\"" + "a".repeat(256 * 1024) + "\"}";

    var result = functions.invoke(CALLER, invoke("fn", InvocationType.EVENT, big));

    assertThat(result.failure().code()).isEqualTo("RequestEntityTooLargeException");
    assertThat(result.failure().message())
        .isEqualTo("Request must be smaller than 262144 bytes for the InvokeFunction operation");
    assertThat(catalog.events).isEmpty();
  }

  @Test
  void aPayloadThatIsNotJsonIsInvalidRequestContent() {
    var result = functions.invoke(CALLER, invoke("fn", InvocationType.REQUEST_RESPONSE, "[1,"));

    assertThat(result.failure().code()).isEqualTo("InvalidRequestContentException");
    assertThat(result.failure().status()).isEqualTo(400);
  }

  @Test
  void anUnknownQualifierIsNotFoundWithTheQualifiedArn() {
    var result =
        functions.invoke(
            CALLER,
            new InvokeInput("fn", "9", InvocationType.REQUEST_RESPONSE, false, null, "r", null));

    assertThat(result.failure().code()).isEqualTo("ResourceNotFoundException");
    assertThat(result.failure().message()).isEqualTo("Function not found: " + ARN + "fn:9");
  }
}

package dev.sluice.aws.lambda.operations;

import com.fasterxml.jackson.databind.JsonNode;
import dev.sluice.aws.lambda.internal.LambdaRequest;
import dev.sluice.aws.lambda.internal.RequestFields;
import dev.sluice.core.functions.EventInvokeConfigInput;

/** The request shape of Put and UpdateFunctionEventInvokeConfig. */
final class EventInvokeConfigRequest {
  private EventInvokeConfigRequest() {}

  static EventInvokeConfigInput read(LambdaRequest request, JsonNode body) {
    return new EventInvokeConfigInput(
        request.path("FunctionName"),
        request.query().first("Qualifier"),
        RequestFields.integer(body, "MaximumRetryAttempts"),
        RequestFields.integer(body, "MaximumEventAgeInSeconds"),
        RequestFields.destination(body, "OnSuccess"),
        RequestFields.destination(body, "OnFailure"));
  }
}

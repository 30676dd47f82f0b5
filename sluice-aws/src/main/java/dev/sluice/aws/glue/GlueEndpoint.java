package dev.sluice.aws.glue;

import dev.sluice.aws.gateway.AwsCall;
import dev.sluice.aws.gateway.ServiceEndpoint;
import dev.sluice.aws.glue.internal.GlueRequest;
import dev.sluice.aws.glue.operations.GlueBinding;
import dev.sluice.aws.glue.operations.GlueBindings;
import dev.sluice.aws.http.HttpRequest;
import dev.sluice.aws.http.HttpResponse;
import dev.sluice.aws.protocol.JsonProtocolCalls;
import dev.sluice.aws.protocol.WireProtocol;
import dev.sluice.core.jobs.JobService;
import dev.sluice.core.result.Failure;
import java.util.function.UnaryOperator;

/**
 * AWS Glue's jobs on the shared port, in json 1.1: {@code X-Amz-Target: AWSGlue.<Operation>}
 * selects the binding; the model's constraints are checked before the job service is called;
 * results and failures are rendered with {@code x-amzn-RequestId}. Glue's other actions (crawlers,
 * the Data Catalog, ...) are answered as an UnknownOperationException naming the action.
 */
public final class GlueEndpoint implements ServiceEndpoint {
  /** The {@code X-Amz-Target} prefix of Glue's operations. */
  public static final String TARGET_PREFIX = "AWSGlue.";

  /**
   * The largest body read: a script location may hold 400,000 characters and a visual job's nodes
   * more, with room for JSON escapes.
   */
  static final int MAX_BODY = 10 << 20;

  private static final String UNKNOWN_OPERATION = "UnknownOperationException";

  private final GlueBindings bindings;
  private final JsonProtocolCalls<GlueBinding> calls;
  private final String defaultRegion;

  public GlueEndpoint(JobService jobs, String defaultRegion) {
    this.bindings = new GlueBindings(jobs);
    this.calls =
        new JsonProtocolCalls<>(
            WireProtocol.JSON_1_1,
            TARGET_PREFIX,
            MAX_BODY,
            Failure.of("InvalidInputException", 400, "The request body exceeds 10 MiB."),
            bindings::get);
    this.defaultRegion = defaultRegion;
  }

  @Override
  public String signingName() {
    return "glue";
  }

  @Override
  public HttpResponse handle(AwsCall call) {
    return calls.handle(
        call,
        (binding, body) ->
            binding.handle(new GlueRequest(body, call.region(defaultRegion), call.account())),
        unknownAction(call.request().headers().first("X-Amz-Target")));
  }

  @Override
  public HttpResponse renderFailure(HttpRequest request, String requestId, Failure failure) {
    return calls.renderFailure(failure, requestId);
  }

  /** Names the Glue action Sluice does not implement when the target has no binding. */
  private UnaryOperator<Failure> unknownAction(String target) {
    var action =
        target != null && target.startsWith(TARGET_PREFIX)
            ? target.substring(TARGET_PREFIX.length())
            : null;
    return failure ->
        failure.code().equals(UNKNOWN_OPERATION) && action != null && bindings.get(action).isEmpty()
            ? Failure.of(
                UNKNOWN_OPERATION, 400, "Sluice does not implement the Glue action " + action + ".")
            : failure;
  }
}

package dev.sluice.aws.sns;

import dev.sluice.aws.gateway.AwsCall;
import dev.sluice.aws.gateway.ServiceEndpoint;
import dev.sluice.aws.http.HttpRequest;
import dev.sluice.aws.http.HttpResponse;
import dev.sluice.aws.protocol.QueryErrors;
import dev.sluice.aws.sns.internal.ResultXml;
import dev.sluice.aws.sns.internal.SnsParameters;
import dev.sluice.aws.sns.internal.SnsRequest;
import dev.sluice.aws.sns.internal.SnsResponses;
import dev.sluice.aws.sns.internal.UnsupportedActions;
import dev.sluice.aws.sns.operations.SnsBindings;
import dev.sluice.core.result.Failure;
import dev.sluice.core.result.Result;
import dev.sluice.core.topics.TopicService;
import java.util.Map;

/**
 * Amazon SNS on the shared port, in the query protocol: the {@code Action} parameter (of the form
 * body or the query string) selects the binding; results are {@code <ActionResponse>} documents and
 * failures SNS's {@code ErrorResponse}, both with {@code x-amzn-RequestId}.
 */
public final class SnsEndpoint implements ServiceEndpoint {
  /** Form bodies are read up to this size (a 256 KiB message, percent-encoded, fits). */
  static final int MAX_BODY = 4 << 20;

  private final SnsBindings bindings;
  private final String defaultRegion;

  public SnsEndpoint(TopicService topics, String defaultRegion) {
    this.bindings = new SnsBindings(topics);
    this.defaultRegion = defaultRegion;
  }

  @Override
  public String signingName() {
    return "sns";
  }

  @Override
  public HttpResponse handle(AwsCall call) {
    return switch (SnsParameters.read(call, MAX_BODY)) {
      case Result.Err<Map<String, String>> err -> failure(err.failure(), call.requestId());
      case Result.Ok<Map<String, String>> ok -> dispatch(call, ok.value());
    };
  }

  private HttpResponse dispatch(AwsCall call, Map<String, String> parameters) {
    var action = parameters.get("Action");
    var binding = bindings.get(action == null ? "" : action);
    if (binding.isEmpty()) {
      return failure(UnsupportedActions.of(action), call.requestId());
    }
    var request = new SnsRequest(parameters, call.region(defaultRegion), call.account());
    return switch (binding.get().handle(request)) {
      case Result.Err<ResultXml> err -> failure(err.failure(), call.requestId());
      case Result.Ok<ResultXml> ok -> SnsResponses.ok(action, ok.value(), call.requestId());
    };
  }

  @Override
  public HttpResponse renderFailure(HttpRequest request, String requestId, Failure failure) {
    return failure(failure, requestId);
  }

  private static HttpResponse failure(Failure failure, String requestId) {
    return QueryErrors.render(failure, requestId, QueryErrors.SNS_NAMESPACE);
  }
}

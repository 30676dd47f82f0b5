package dev.sluice.aws.gateway;

import dev.sluice.aws.http.HttpRequest;
import dev.sluice.aws.http.HttpResponse;
import dev.sluice.core.result.Failure;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/** An endpoint that echoes what it received and remembers the failures it rendered. */
final class RecordingEndpoint implements ServiceEndpoint {
  private final String signingName;
  private final Function<AwsCall, HttpResponse> behaviour;
  final List<AwsCall> calls = new ArrayList<>();
  final List<Failure> renderedFailures = new ArrayList<>();

  RecordingEndpoint(String signingName, Function<AwsCall, HttpResponse> behaviour) {
    this.signingName = signingName;
    this.behaviour = behaviour;
  }

  /** Answers 200 with the payload it read. */
  static RecordingEndpoint echo(String signingName) {
    return new RecordingEndpoint(
        signingName,
        call -> {
          try {
            return HttpResponse.bytes(200, "text/plain", call.payload().readAllBytes());
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        });
  }

  @Override
  public String signingName() {
    return signingName;
  }

  @Override
  public HttpResponse handle(AwsCall call) {
    calls.add(call);
    return behaviour.apply(call);
  }

  @Override
  public HttpResponse renderFailure(HttpRequest request, String requestId, Failure failure) {
    renderedFailures.add(failure);
    return HttpResponse.text(failure.status(), "text/plain", failure.code() + " " + requestId);
  }

  static String text(HttpResponse response) {
    return new String(((HttpResponse.Bytes) response.body()).bytes(), StandardCharsets.UTF_8);
  }
}

package dev.sluice.runtime.javabootstrap;

import java.io.IOException;
import java.util.stream.Collectors;

/** Serves invocations one after the other: next, handle, respond or report the error. */
final class InvocationLoop {

  private final RuntimeApiClient api;
  private final FunctionHandler handler;

  InvocationLoop(RuntimeApiClient api, FunctionHandler handler) {
    this.api = api;
    this.handler = handler;
  }

  void run() throws IOException, InterruptedException {
    while (true) {
      var next = api.next();
      if (next.traceId() != null) {
        System.setProperty("com.amazonaws.xray.traceHeader", next.traceId());
      }
      var context = new LambdaContext(next);
      byte[] result;
      try {
        result = handler.handle(next.event(), context);
      } catch (Throwable error) {
        var document = ErrorDocument.of(error);
        System.out.println(logged(document, error));
        System.out.flush();
        api.error(next.requestId(), document);
        continue;
      }
      System.out.flush();
      System.err.flush();
      api.respond(next.requestId(), result);
    }
  }

  private static String logged(ErrorDocument document, Throwable error) {
    var frames =
        document.stackTrace().stream()
            .map(frame -> "\tat " + frame)
            .collect(Collectors.joining("\r"));
    var head =
        error.getClass().getName() + (error.getMessage() == null ? "" : ": " + error.getMessage());
    return frames.isEmpty() ? head : head + "\r" + frames;
  }
}

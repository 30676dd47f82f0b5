package dev.sluice.server.internal.http;

import dev.sluice.aws.http.HttpResponse;
import dev.sluice.aws.protocol.RestXmlErrors;
import java.nio.ByteBuffer;
import org.eclipse.jetty.http.HttpException;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpMethod;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Jetty's error handler for the whole server: answers what Jetty refused or what failed outside a
 * service's own error rendering with S3's XML {@code Error} document (see {@link JettyFailures}),
 * never with Jetty's HTML page and never with a stack trace.
 */
final class XmlErrorHandler implements Request.Handler {
  private static final Logger log = LoggerFactory.getLogger(XmlErrorHandler.class);

  private final int headerLimit;

  XmlErrorHandler(int headerLimit) {
    this.headerLimit = headerLimit;
  }

  @Override
  public boolean handle(Request request, Response response, Callback callback) {
    int status = response.getStatus();
    var reason = request.getAttribute(ErrorHandler.ERROR_MESSAGE) instanceof String s ? s : null;
    if (request.getAttribute(ErrorHandler.ERROR_EXCEPTION) instanceof HttpException http) {
      status = http.getCode();
      reason = http.getReason();
    }
    var requestId = RequestIds.next();
    log.debug("Jetty answered {} {} with {} ({})", request.getMethod(), status, requestId, reason);
    var failure =
        unparsableTarget(request)
            ? JettyFailures.invalidUri()
            : JettyFailures.forStatus(status, reason, headerLimit);
    var out = RestXmlErrors.render(failure, requestId);
    response.setStatus(out.status());
    ResponseWriter.copy(out.headers(), response.getHeaders());
    var body = out.body() instanceof HttpResponse.Bytes bytes ? bytes.bytes() : new byte[0];
    response.getHeaders().put(HttpHeader.CONTENT_LENGTH, body.length);
    boolean head = HttpMethod.HEAD.is(request.getMethod());
    response.write(true, head ? null : ByteBuffer.wrap(body), callback);
    return true;
  }

  private static boolean unparsableTarget(Request request) {
    return request.getConnectionMetaData() instanceof RawTargetConnection connection
        && connection.targetUnparsable();
  }
}

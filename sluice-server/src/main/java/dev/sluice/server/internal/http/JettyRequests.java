package dev.sluice.server.internal.http;

import dev.sluice.aws.http.Headers;
import dev.sluice.aws.http.HttpRequest;
import org.eclipse.jetty.http.HttpField;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Request;

/** Turns a Jetty request into Sluice's {@link HttpRequest}, leaving path and query as sent. */
final class JettyRequests {
  private JettyRequests() {}

  static HttpRequest adapt(Request request) {
    var uri = request.getHttpURI();
    var headers = new Headers();
    for (HttpField field : request.getHeaders()) {
      headers.add(field.getName(), field.getValue());
    }
    var host = headers.first("Host");
    var query = uri.getQuery();
    return new HttpRequest(
        request.getMethod(),
        uri.getPath(),
        query == null ? "" : query,
        host != null ? host : uri.getAuthority(),
        headers,
        Request.asInputStream(request),
        request.getHeaders().getLongField(HttpHeader.CONTENT_LENGTH),
        Request.getRemoteAddr(request));
  }
}

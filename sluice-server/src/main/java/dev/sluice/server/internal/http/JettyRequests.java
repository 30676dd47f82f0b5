package dev.sluice.server.internal.http;

import dev.sluice.aws.http.Headers;
import dev.sluice.aws.http.HttpRequest;
import org.eclipse.jetty.http.HttpField;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Request;

/**
 * Turns a Jetty request into Sluice's {@link HttpRequest}, leaving path and query as sent (also for
 * targets Jetty's own URI parser refused, see {@link RawTargetConnection}).
 */
final class JettyRequests {
  private JettyRequests() {}

  static HttpRequest adapt(Request request) {
    var headers = new Headers();
    for (HttpField field : request.getHeaders()) {
      headers.add(field.getName(), field.getValue());
    }
    var host = headers.first("Host");
    var target = target(request);
    return new HttpRequest(
        request.getMethod(),
        target.path(),
        target.query(),
        host != null ? host : request.getHttpURI().getAuthority(),
        headers,
        Request.asInputStream(request),
        request.getHeaders().getLongField(HttpHeader.CONTENT_LENGTH),
        Request.getRemoteAddr(request));
  }

  private record Target(String path, String query) {}

  private static Target target(Request request) {
    if (request.getConnectionMetaData() instanceof RawTargetConnection connection) {
      var refused = connection.refusedTarget();
      if (refused != null) {
        return split(refused);
      }
    }
    var uri = request.getHttpURI();
    var query = uri.getQuery();
    return new Target(uri.getPath(), query == null ? "" : query);
  }

  /** Path and query of an origin-form target; a fragment is dropped, as Jetty's URI drops it. */
  private static Target split(String target) {
    int fragment = target.indexOf('#');
    var withoutFragment = fragment < 0 ? target : target.substring(0, fragment);
    int question = withoutFragment.indexOf('?');
    return question < 0
        ? new Target(withoutFragment, "")
        : new Target(
            withoutFragment.substring(0, question), withoutFragment.substring(question + 1));
  }
}

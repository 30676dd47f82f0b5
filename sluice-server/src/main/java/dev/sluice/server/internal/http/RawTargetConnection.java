package dev.sluice.server.internal.http;

import org.eclipse.jetty.http.HttpVersion;
import org.eclipse.jetty.io.EndPoint;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.internal.HttpConnection;

/**
 * An HTTP/1.1 connection that lets request targets through which Jetty's URI parser refuses.
 *
 * <p>Jetty resolves {@code .} and {@code ..} segments of every path while parsing the request line
 * and throws {@code IllegalArgumentException("Bad URI")} when the result would climb above the root
 * ({@code /bucket/../../etc/passwd}), before any compliance setting, customizer or handler is
 * consulted. In S3 such a path names the key {@code ../../etc/passwd}, which the AWS CLI and SDKs
 * send as is. This connection catches that refusal for origin-form targets (those starting with
 * {@code /}), lets Jetty build its request for the harmless target {@code /} instead, and keeps the
 * target as sent for {@link JettyRequests}; nothing is normalised. A target that is refused and is
 * not origin-form (a broken absolute URI) is still refused, and remembered so that the error says
 * InvalidURI.
 *
 * <p>HTTP/1.1 handles one request per connection at a time (Jetty refuses a second stream while one
 * is pending), and the state is reset at each request line, so what is kept here always belongs to
 * the request being handled.
 */
final class RawTargetConnection extends HttpConnection {
  private static final String STAND_IN_TARGET = "/";

  private volatile String refusedTarget;
  private volatile boolean targetUnparsable;

  RawTargetConnection(HttpConfiguration configuration, Connector connector, EndPoint endPoint) {
    super(configuration, connector, endPoint);
  }

  @Override
  protected RequestHandler newRequestHandler() {
    return new ResettingRequestHandler();
  }

  @Override
  protected HttpStreamOverHTTP1 newHttpStream(String method, String uri, HttpVersion version) {
    try {
      return super.newHttpStream(method, uri, version);
    } catch (IllegalArgumentException refused) {
      if (uri == null || !uri.startsWith("/")) {
        targetUnparsable = true;
        throw refused;
      }
      var stream = super.newHttpStream(method, STAND_IN_TARGET, version);
      refusedTarget = uri;
      return stream;
    }
  }

  /**
   * The request target as sent when Jetty could not parse it (its own URI then reads {@code /}), or
   * null when Jetty's URI holds the target.
   */
  String refusedTarget() {
    return refusedTarget;
  }

  /** Whether the current request failed because its target could not be parsed at all. */
  boolean targetUnparsable() {
    return targetUnparsable;
  }

  /** Forgets the previous request's target when the parser reads a new request line. */
  private final class ResettingRequestHandler extends RequestHandler {
    @Override
    public void startRequest(String method, String uri, HttpVersion version) {
      refusedTarget = null;
      targetUnparsable = false;
      super.startRequest(method, uri, version);
    }
  }
}

package dev.sluice.server.internal.http;

import dev.sluice.aws.gateway.AwsGateway;
import dev.sluice.aws.gateway.MdcKeys;
import dev.sluice.aws.http.HttpRequest;
import dev.sluice.aws.http.HttpResponse;
import dev.sluice.server.internal.admin.AdminRoutes;
import java.io.IOException;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

/**
 * Every request on the port: Sluice's own routes under {@code /_sluice/}, everything else through
 * the AWS gateway. Runs on a virtual thread (a blocking handler), gives each request its id in the
 * logging context, writes the response, logs one line and records the metrics.
 */
public final class SluiceHandler extends Handler.Abstract {
  private static final Logger log = LoggerFactory.getLogger(SluiceHandler.class);

  private final AwsGateway gateway;
  private final AdminRoutes admin;
  private final RequestMetrics metrics;

  public SluiceHandler(AwsGateway gateway, AdminRoutes admin, RequestMetrics metrics) {
    super(InvocationType.BLOCKING);
    this.gateway = gateway;
    this.admin = admin;
    this.metrics = metrics;
  }

  @Override
  public boolean handle(Request request, Response response, Callback callback) {
    long start = System.nanoTime();
    MDC.put(MdcKeys.REQUEST_ID, RequestIds.next());
    var incoming = JettyRequests.adapt(request);
    int status = 500;
    try {
      var outgoing = respond(incoming);
      status = outgoing.status();
      ResponseWriter.write(request, response, outgoing);
      record(incoming, status, start);
      callback.succeeded();
    } catch (IOException clientGone) {
      log.debug("Response not delivered: {}", clientGone.toString());
      record(incoming, status, start);
      callback.failed(clientGone);
    } catch (RuntimeException | Error bug) {
      log.error("Request failed: {}", bug.toString(), bug);
      record(incoming, status, start);
      callback.failed(bug);
    } finally {
      MDC.clear();
    }
    return true;
  }

  /** Logs and measures the request once its response is written, before it completes. */
  private void record(HttpRequest request, int status, long start) {
    var service = MDC.get(MdcKeys.SERVICE);
    long nanos = System.nanoTime() - start;
    AccessLog.record(request.method(), request.rawPath(), status, nanos, service);
    metrics.record(service, status, nanos);
  }

  private HttpResponse respond(HttpRequest request) {
    if (AdminRoutes.handles(request)) {
      MDC.put(MdcKeys.SERVICE, AdminRoutes.SERVICE);
      return admin.handle(request);
    }
    return gateway.handle(request);
  }
}

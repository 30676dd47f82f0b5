package dev.sluice.server.internal.http;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One INFO line per request: method, path (never the query, which may carry presigned credentials),
 * status, duration and service; the request id comes from the logging context.
 */
final class AccessLog {
  private static final Logger log = LoggerFactory.getLogger("dev.sluice.server.access");

  private AccessLog() {}

  static void record(String method, String path, int status, long nanos, String service) {
    if (log.isInfoEnabled()) {
      log.info(
          "{} {} {} {} ms {}",
          method,
          path,
          status,
          nanos / 1_000_000,
          service == null ? "-" : service);
    }
  }
}

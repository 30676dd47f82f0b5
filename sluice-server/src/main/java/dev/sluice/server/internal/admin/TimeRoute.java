package dev.sluice.server.internal.admin;

import dev.sluice.aws.http.HttpRequest;
import dev.sluice.aws.http.HttpResponse;
import dev.sluice.core.time.VirtualClock;
import dev.sluice.server.internal.time.DurationText;
import java.time.Duration;

/**
 * {@code GET /_sluice/time}: Sluice's clock ({@code now}, {@code scale}, {@code advanced}); {@code
 * POST /_sluice/time/advance?by=1h}: moves it forward, so that waits, retries, timeouts and
 * schedules due within that time happen at once.
 */
final class TimeRoute {
  static final String PREFIX = "time";

  private final VirtualClock clock;

  TimeRoute(VirtualClock clock) {
    this.clock = clock;
  }

  HttpResponse handle(HttpRequest request, String route) {
    if (route.equals(PREFIX)) {
      return request.method().equals("GET") || request.method().equals("HEAD")
          ? state()
          : AdminJson.error(405, "/_sluice/time answers GET; POST to /_sluice/time/advance?by=1h");
    }
    if (!route.equals(PREFIX + "/advance")) {
      return AdminJson.error(404, "No admin route /_sluice/" + route);
    }
    if (!request.method().equals("POST")) {
      return AdminJson.error(405, "/_sluice/time/advance answers POST");
    }
    String by = QueryParameters.parse(request.rawQuery()).get("by");
    if (by == null) {
      return AdminJson.error(400, "Say how far to advance: /_sluice/time/advance?by=1h");
    }
    Duration amount;
    try {
      amount = DurationText.parse(by);
    } catch (IllegalArgumentException refused) {
      return AdminJson.error(400, refused.getMessage());
    }
    clock.advance(amount);
    return state();
  }

  private HttpResponse state() {
    var body = AdminJson.MAPPER.createObjectNode();
    body.put("now", clock.now().toString());
    body.put("scale", clock.scale());
    body.put("advanced", clock.offset().toString());
    return AdminJson.respond(200, body);
  }
}

package dev.sluice.server.internal.admin;

import dev.sluice.aws.http.HttpRequest;
import dev.sluice.aws.http.HttpResponse;
import dev.sluice.core.time.VirtualClock;
import dev.sluice.core.topics.TopicService;
import dev.sluice.core.topics.delivery.SigningKey;
import dev.sluice.server.EventsView;
import dev.sluice.server.FunctionCodeView;
import dev.sluice.server.internal.mail.MailboxDirectory;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sluice's own routes, answered before the AWS gateway: {@code /_sluice/health}, {@code
 * /_sluice/metrics} (Prometheus text), {@code /_sluice/events} (the outbox) and {@code
 * /_sluice/functions/<name>/code/<sha256>} (a function's package) and {@code /_sluice/time}
 * (Sluice's clock, and {@code POST /_sluice/time/advance?by=1h}), {@code /_sluice/mail} (the local
 * mailbox) and {@code /_sluice/sns/confirmation.html} and {@code unsubscribe.html} (SNS's e-mail
 * links). No bucket name can start with an underscore, so these never hide an S3 path.
 */
public final class AdminRoutes {
  /** The service name admin requests carry in logs and metrics. */
  public static final String SERVICE = "sluice";

  private static final String PREFIX = "/_sluice/";
  private static final Logger log = LoggerFactory.getLogger(AdminRoutes.class);

  private final BooleanSupplier ready;
  private final Supplier<PrometheusMeterRegistry> metrics;
  private final EventsRoute events;
  private final FunctionCodeRoute functionCode;
  private final TimeRoute time;
  private final MailRoute mail;
  private final SnsPagesRoute snsPages;
  private final SnsCertificateRoute snsCertificates;

  public AdminRoutes(
      BooleanSupplier ready, Supplier<PrometheusMeterRegistry> metrics, EventsView events) {
    this(ready, metrics, events, FunctionCodeView.none(), VirtualClock.real());
  }

  public AdminRoutes(
      BooleanSupplier ready,
      Supplier<PrometheusMeterRegistry> metrics,
      EventsView events,
      FunctionCodeView functionCode,
      VirtualClock clock) {
    this(ready, metrics, events, functionCode, clock, null, () -> null, Optional::empty);
  }

  /**
   * Admin routes with the mail and SNS routes: {@code mailbox} is listed by {@code /_sluice/mail}
   * (none when null), {@code topics} (null while no SNS runs) answers the pages of SNS's e-mail
   * links, and the certificate of {@code snsKey} is served at {@code /_sluice/sns/...pem}.
   */
  public AdminRoutes(
      BooleanSupplier ready,
      Supplier<PrometheusMeterRegistry> metrics,
      EventsView events,
      FunctionCodeView functionCode,
      VirtualClock clock,
      MailboxDirectory mailbox,
      Supplier<TopicService> topics,
      Supplier<Optional<SigningKey>> snsKey) {
    this.snsCertificates = new SnsCertificateRoute(snsKey);
    this.ready = ready;
    this.metrics = metrics;
    this.events = new EventsRoute(events);
    this.functionCode = new FunctionCodeRoute(functionCode);
    this.time = new TimeRoute(clock);
    this.mail = mailbox == null ? null : new MailRoute(mailbox);
    this.snsPages = new SnsPagesRoute(topics);
  }

  public static boolean handles(HttpRequest request) {
    return request.rawPath().startsWith(PREFIX);
  }

  /** Answers the request; a bug answers 500 without details (the stack trace goes to the log). */
  public HttpResponse handle(HttpRequest request) {
    try {
      return route(request);
    } catch (RuntimeException bug) {
      log.error("Admin request {} failed: {}", request.rawPath(), bug.toString(), bug);
      return AdminJson.error(500, "Internal error; see Sluice's log");
    }
  }

  private HttpResponse route(HttpRequest request) {
    var path = request.rawPath().substring(PREFIX.length());
    if (path.equals(TimeRoute.PREFIX) || path.startsWith(TimeRoute.PREFIX + "/")) {
      return time.handle(request, path);
    }
    if (!request.method().equals("GET") && !request.method().equals("HEAD")) {
      return AdminJson.error(405, "This admin route only answers GET");
    }
    var route = request.rawPath().substring(PREFIX.length());
    if (route.startsWith(SnsCertificateRoute.PREFIX)) {
      return snsCertificates.handle(route);
    }
    if (route.startsWith(FunctionCodeRoute.PREFIX)) {
      return functionCode.handle(route);
    }
    if (mail != null
        && (route.equals(MailRoute.PREFIX) || route.startsWith(MailRoute.PREFIX + "/"))) {
      return mail.handle(route);
    }
    return switch (route) {
      case "health" -> health();
      case "metrics" ->
          HttpResponse.text(
              200, "text/plain; version=0.0.4; charset=utf-8", metrics.get().scrape());
      case "events" -> events.handle(request.rawQuery());
      case SnsPagesRoute.CONFIRMATION -> snsPages.confirmation(request.rawQuery());
      case SnsPagesRoute.UNSUBSCRIBE -> snsPages.unsubscribe(request.rawQuery());
      default -> AdminJson.error(404, "No admin route " + request.rawPath());
    };
  }

  /** Written without Jackson: the first request after start must not wait for it to load. */
  private HttpResponse health() {
    return ready.getAsBoolean()
        ? HttpResponse.text(200, "application/json", "{\"status\":\"ok\"}")
        : HttpResponse.text(503, "application/json", "{\"status\":\"starting\"}");
  }
}

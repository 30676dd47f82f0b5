package dev.sluice.aws.lambda.internal;

import dev.sluice.aws.gateway.AwsCall;
import dev.sluice.aws.http.HttpResponse;
import dev.sluice.core.result.Result;
import java.util.List;

/** Finds the route of a request and runs its binding. */
public final class Router {
  private final List<Route> routes;

  public Router(List<Route> routes) {
    this.routes = List.copyOf(routes);
  }

  public Result<HttpResponse> handle(AwsCall call) {
    var request = call.request();
    var path = Route.split(request.rawPath());
    var query = LambdaQuery.parse(request.rawQuery());
    for (var route : routes) {
      var parameters = route.match(request.method(), path);
      if (parameters.isPresent()) {
        return route.binding().handle(new LambdaRequest(call, parameters.get(), query));
      }
    }
    return Result.err(
        LambdaErrors.of(
            "UnknownOperationException",
            404,
            "Sluice does not support the operation "
                + request.method()
                + " "
                + request.rawPath()
                + "."));
  }
}

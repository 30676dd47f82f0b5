package dev.sluice.aws.lambda.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** Lambda's path templates match by method and segments; parameters arrive decoded. */
class RouteTest {
  private final Route alias =
      Route.of("GET", "/2015-03-31/functions/{FunctionName}/aliases/{Name}", request -> null);

  @Test
  void parametersAreTheDecodedSegments() {
    var path =
        Route.split(
            "/2015-03-31/functions/arn%3Aaws%3Alambda%3Aus-east-1%3A000000000000%3Afunction%3Af/aliases/live");

    assertThat(alias.match("GET", path))
        .contains(
            Map.of(
                "FunctionName",
                "arn:aws:lambda:us-east-1:000000000000:function:f",
                "Name",
                "live"));
  }

  @Test
  void anotherMethodOrLengthDoesNotMatch() {
    assertThat(alias.match("PUT", Route.split("/2015-03-31/functions/f/aliases/live"))).isEmpty();
    assertThat(alias.match("GET", Route.split("/2015-03-31/functions/f/aliases"))).isEmpty();
  }

  @Test
  void aTrailingSlashIsTheSamePath() {
    var list = Route.of("GET", "/2015-03-31/functions", request -> null);

    assertThat(list.match("GET", Route.split("/2015-03-31/functions/"))).contains(Map.of());
  }
}

package dev.sluice.junit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sluice.server.RunningSluice;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(SluiceExtension.class)
class ParameterInjectionTest {
  private static URI endpointBeforeAll;

  @BeforeAll
  static void remember(URI endpoint) {
    endpointBeforeAll = endpoint;
  }

  @Test
  void injectsARunningSluiceThatAnswers(RunningSluice sluice) throws Exception {
    try (var client = HttpClient.newHttpClient()) {
      var response =
          client.send(
              HttpRequest.newBuilder(sluice.endpoint().resolve("/_sluice/health")).build(),
              HttpResponse.BodyHandlers.ofString());

      assertThat(response.statusCode()).isEqualTo(200);
    }
  }

  @Test
  void injectsTheEndpointOfTheSameSluiceIntoEveryMethod(URI endpoint, RunningSluice sluice) {
    assertThat(endpoint).isEqualTo(sluice.endpoint()).isEqualTo(endpointBeforeAll);
    assertThat(endpoint.getPort()).isNotEqualTo(4566);
  }
}

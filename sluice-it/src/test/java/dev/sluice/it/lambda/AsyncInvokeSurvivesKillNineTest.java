package dev.sluice.it.lambda;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.sluice.it.support.AdminEvents;
import dev.sluice.it.support.LambdaClients;
import dev.sluice.it.support.ServerProcess;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.lambda.model.InvocationType;

/** Every acknowledged Event invoke is in the outbox after Sluice is killed with SIGKILL. */
class AsyncInvokeSurvivesKillNineTest {

  private static List<JsonNode> invokeEvents(URI endpoint) throws Exception {
    var all = new ArrayList<JsonNode>();
    for (var status : List.of("PENDING", "DELIVERED", "FAILED")) {
      AdminEvents.list(endpoint, status).stream()
          .filter(e -> e.path("type").asText().equals("Invoke"))
          .forEach(all::add);
    }
    return all;
  }

  @Test
  void acknowledgedEventInvokesSurviveAKill(@TempDir Path dir) throws Exception {
    var data = dir.resolve("data");
    var log = dir.resolve("server.log");
    Set<String> acknowledged = ConcurrentHashMap.newKeySet();
    try (var server = ServerProcess.start(data, log)) {
      var lambda = LambdaClients.lambda(server.endpoint());
      LambdaClients.create(lambda, "durable-fn", LambdaClients.nodeZip("1"));
      var writer =
          Thread.ofVirtual()
              .start(
                  () -> {
                    try {
                      for (int i = 0; ; i++) {
                        var payload = "{\"i\":" + i + "}";
                        var response =
                            lambda.invoke(
                                b ->
                                    b.functionName("durable-fn")
                                        .invocationType(InvocationType.EVENT)
                                        .payload(SdkBytes.fromUtf8String(payload)));
                        acknowledged.add(response.responseMetadata().requestId());
                      }
                    } catch (RuntimeException stopped) {
                      // the server was killed
                    }
                  });
      while (acknowledged.size() < 50) {
        Thread.sleep(10);
      }
      server.kill();
      writer.join();
    }
    var snapshot = Set.copyOf(acknowledged);

    try (var server = ServerProcess.start(data, log)) {
      var queued =
          invokeEvents(server.endpoint()).stream()
              .map(e -> e.path("payload").path("requestId").asText())
              .toList();

      assertThat(queued).containsAll(snapshot);
    }
  }
}

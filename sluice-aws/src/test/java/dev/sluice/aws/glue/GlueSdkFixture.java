package dev.sluice.aws.glue;

import dev.sluice.aws.http.EndpointServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import software.amazon.awssdk.services.glue.GlueClient;

/** The AWS SDK for Java v2's Glue client, talking to the endpoint over HTTP. */
abstract class GlueSdkFixture {
  final InMemoryJobService service = new InMemoryJobService();
  EndpointServer server;
  GlueClient glue;

  @BeforeEach
  void start() throws Exception {
    server = new EndpointServer(new GlueEndpoint(service, "us-east-1"));
    glue = server.client(GlueClient.builder());
  }

  @AfterEach
  void stop() {
    glue.close();
    server.close();
  }

  /** Creates job {@code name} that allows {@code maxConcurrentRuns} active runs. */
  void createJob(String name, int maxConcurrentRuns) {
    glue.createJob(
        r ->
            r.name(name)
                .role("r")
                .command(c -> c.name("glueetl"))
                .executionProperty(e -> e.maxConcurrentRuns(maxConcurrentRuns)));
  }
}

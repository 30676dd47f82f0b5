package dev.sluice.aws.sns;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import software.amazon.awssdk.services.sns.SnsClient;

/** A stub topic service behind a fresh {@link SnsServer} and an SDK v2 client per test. */
abstract class SnsWireFixture {
  protected final StubTopicService topics = new StubTopicService();
  protected SnsServer server;
  protected SnsClient sns;

  @BeforeEach
  void start() throws Exception {
    server = new SnsServer(topics);
    sns = server.client();
  }

  @AfterEach
  void stop() {
    sns.close();
    server.close();
  }
}

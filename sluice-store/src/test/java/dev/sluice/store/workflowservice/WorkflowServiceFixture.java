package dev.sluice.store.workflowservice;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sluice.core.result.Result;
import dev.sluice.core.workflows.MachineType;
import dev.sluice.core.workflows.NewMachine;
import dev.sluice.core.workflows.ResourceScope;
import dev.sluice.core.workflows.WorkflowService;
import dev.sluice.core.workflows.internal.CatalogWorkflowService;
import dev.sluice.store.StoreFixture;
import dev.sluice.store.StoreSettings;
import java.nio.file.Path;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.BeforeEach;

/**
 * The workflow service on a fresh embedded (H2) store, with an engine that runs nothing and a
 * seeded random source.
 */
abstract class WorkflowServiceFixture extends StoreFixture {
  static final ResourceScope SCOPE = new ResourceScope("us-east-1", "123456789012");
  static final String PREFIX = "arn:aws:states:us-east-1:123456789012:";
  static final String ROLE = "arn:aws:iam::123456789012:role/sfn";
  static final String PASS =
      "{\"StartAt\":\"P\",\"States\":{\"P\":{\"Type\":\"Pass\",\"End\":true}}}";

  protected RecordingEngine engine;
  protected WorkflowService service;

  @Override
  protected StoreSettings settings(Path dataDir) {
    return new StoreSettings("h2", dataDir);
  }

  @BeforeEach
  void service() {
    engine = new RecordingEngine(store.workflows(), clock);
    service = new CatalogWorkflowService(store.workflows(), engine, clock, new Random(7));
  }

  /** Creates a STANDARD Pass machine and returns its ARN. */
  String machine(String name) {
    return machine(name, MachineType.STANDARD);
  }

  String machine(String name, MachineType type) {
    return ok(service.createStateMachine(
            SCOPE, new NewMachine(name, PASS, ROLE, type, null, null, Map.of(), false, null)))
        .machineArn();
  }

  static <T> T ok(Result<T> result) {
    assertThat(result.isOk()).as("%s", result).isTrue();
    return result.value();
  }

  /** Asserts the failure's code and message. */
  static void fails(Result<?> result, String code, String message) {
    assertThat(result.isOk()).as("%s", result).isFalse();
    assertThat(result.failure().code()).isEqualTo(code);
    assertThat(result.failure().message()).isEqualTo(message);
    assertThat(result.failure().status()).isEqualTo(400);
  }
}

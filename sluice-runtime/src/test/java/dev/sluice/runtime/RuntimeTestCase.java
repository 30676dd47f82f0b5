package dev.sluice.runtime;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/**
 * A test class that runs its functions on a {@link RuntimeFixture} of its own, opened before its
 * first test and closed after its last (test classes run one after the other).
 */
abstract class RuntimeTestCase {
  static final ObjectMapper JSON = new ObjectMapper();
  static RuntimeFixture fixture;

  @BeforeAll
  static void startRuntime() {
    fixture = new RuntimeFixture();
  }

  @AfterAll
  static void stopRuntime() {
    fixture.close();
  }
}

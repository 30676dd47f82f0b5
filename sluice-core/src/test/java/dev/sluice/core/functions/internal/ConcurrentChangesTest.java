package dev.sluice.core.functions.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.Test;

/** Changes made at the same time are applied one after the other: none is lost. */
class ConcurrentChangesTest extends FunctionsFixture {

  @Test
  void parallelTagChangesAllLand() throws Exception {
    create("fn");
    var tasks = new ArrayList<Callable<Boolean>>();
    for (int i = 0; i < 16; i++) {
      var key = "k" + i;
      tasks.add(() -> functions.tagResource(CALLER, ARN + "fn", Map.of(key, "v")).isOk());
    }

    try (var pool = Executors.newFixedThreadPool(8)) {
      for (var done : pool.invokeAll(tasks)) {
        assertThat(done.get()).isTrue();
      }
    }

    assertThat(functions.listTags(CALLER, "fn").value()).hasSize(16);
  }

  @Test
  void parallelPublishesGetDistinctVersionNumbers() throws Exception {
    create("fn");
    var tasks = new ArrayList<Callable<String>>();
    for (int i = 0; i < 8; i++) {
      int timeout = 10 + i;
      tasks.add(
          () -> {
            functions.updateFunctionConfiguration(CALLER, "fn", config(null, null, timeout), null);
            return functions.publishVersion(CALLER, "fn", null, null, null).value().version();
          });
    }

    try (var pool = Executors.newFixedThreadPool(8)) {
      pool.invokeAll(tasks);
    }

    var versions = functions.listVersions(CALLER, "fn", null, 100).value().items();
    assertThat(versions)
        .extracting(v -> v.version())
        .doesNotHaveDuplicates()
        .contains("$LATEST", "1");
  }
}

package dev.sluice.store.internal.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sluice.store.EmbeddedPostgresHolder;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.io.TempDir;

@Tag("postgresql")
class PostgresConcurrentMigrationTest {
  @TempDir Path dataDir;

  @RepeatedTest(3)
  void twoNodesMigratingOneDatabaseAtOnceApplyEachScriptOnce() throws Exception {
    var target = JdbcTarget.of(EmbeddedPostgresHolder.freshDatabaseUrl(), dataDir);
    try (var nodeA = new MigrationDatabase(target);
        var nodeB = new MigrationDatabase(target);
        var threads = Executors.newFixedThreadPool(2)) {
      var bothReady = new CyclicBarrier(2);
      Future<List<MigrationScript>> a = threads.submit(migrateAfter(bothReady, nodeA));
      Future<List<MigrationScript>> b = threads.submit(migrateAfter(bothReady, nodeB));

      var scripts = SchemaMigrations.SCRIPTS.stream().map(MigrationScript::load).toList();
      assertThat(List.of(a.get().size(), b.get().size()))
          .containsExactlyInAnyOrder(scripts.size(), 0);
      assertThat(nodeA.history())
          .containsOnlyKeys(scripts.stream().map(MigrationScript::version).toList());
      assertThat(nodeB.tables()).contains("buckets", "objects", "outbox_events");
    }
  }

  private static Callable<List<MigrationScript>> migrateAfter(
      CyclicBarrier start, MigrationDatabase node) {
    return () -> {
      start.await();
      return SchemaMigrations.bundled().migrate(node.transactions(), Dialect.POSTGRESQL);
    };
  }
}

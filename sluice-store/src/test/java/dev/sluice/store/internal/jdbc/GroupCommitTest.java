package dev.sluice.store.internal.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class GroupCommitTest {
  private JdbcDataSource dataSource;
  private HikariDataSource pool;
  private GroupCommit groupCommit;

  @BeforeEach
  void database() throws SQLException {
    dataSource = new JdbcDataSource();
    dataSource.setURL("jdbc:h2:mem:group" + System.nanoTime() + ";DB_CLOSE_DELAY=-1");
    try (Connection c = dataSource.getConnection();
        Statement s = c.createStatement()) {
      s.execute("create table t (n int primary key)");
    }
    HikariConfig config = new HikariConfig();
    config.setDataSource(dataSource);
    config.setAutoCommit(false);
    config.setMaximumPoolSize(4);
    pool = new HikariDataSource(config);
    groupCommit = new GroupCommit(new Transactions(pool));
  }

  @AfterEach
  void closePool() {
    pool.close();
  }

  private int rows() throws SQLException {
    try (Connection c = dataSource.getConnection();
        Statement s = c.createStatement();
        ResultSet r = s.executeQuery("select count(*) from t")) {
      r.next();
      return r.getInt(1);
    }
  }

  @Test
  void writesQueuedWhileATransactionRunsCommitTogetherInTheNext() throws Exception {
    Set<Connection> transactions = ConcurrentHashMap.newKeySet();
    CountDownLatch firstRunning = new CountDownLatch(1);
    CountDownLatch othersQueued = new CountDownLatch(1);
    List<Future<?>> writes = new ArrayList<>();
    try (ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor()) {
      writes.add(
          pool.submit(
              () ->
                  groupCommit.run(
                      c -> {
                        firstRunning.countDown();
                        awaitUninterrupted(othersQueued);
                        return insert(c, 0, transactions);
                      })));
      firstRunning.await();
      for (int n = 1; n <= 20; n++) {
        int row = n;
        writes.add(pool.submit(() -> groupCommit.run(c -> insert(c, row, transactions))));
      }
      Thread.sleep(200);
      othersQueued.countDown();
      for (Future<?> write : writes) {
        write.get();
      }
    }

    assertThat(rows()).isEqualTo(21);
    assertThat(transactions).hasSizeLessThanOrEqualTo(3);
  }

  private static void awaitUninterrupted(CountDownLatch latch) {
    try {
      latch.await();
    } catch (InterruptedException e) {
      throw new IllegalStateException(e);
    }
  }

  private static int insert(Connection c, int n, Set<Connection> transactions) throws SQLException {
    transactions.add(c);
    try (Statement s = c.createStatement()) {
      return s.executeUpdate("insert into t values (" + n + ")");
    }
  }

  @Test
  void aFailedWriteFailsItsCallerAndCommitsNothingOfItsTransaction() throws SQLException {
    assertThatThrownBy(
            () ->
                groupCommit.run(
                    c -> {
                      insert(c, 1, ConcurrentHashMap.newKeySet());
                      return insert(c, 1, ConcurrentHashMap.newKeySet());
                    }))
        .isInstanceOf(StoreException.class);

    assertThat(rows()).isZero();
    groupCommit.run(c -> insert(c, 2, ConcurrentHashMap.newKeySet()));
    assertThat(rows()).isEqualTo(1);
  }

  @Test
  void aFailingWriteInASharedTransactionFailsOnlyItsOwnCallerAndReturnsResultsToTheOthers()
      throws Exception {
    CountDownLatch firstRunning = new CountDownLatch(1);
    CountDownLatch othersQueued = new CountDownLatch(1);
    List<Future<Integer>> good = new ArrayList<>();
    Future<Integer> bad;
    try (ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor()) {
      pool.submit(
          () ->
              groupCommit.run(
                  "first",
                  c -> {
                    firstRunning.countDown();
                    awaitUninterrupted(othersQueued);
                    return insert(c, 0, ConcurrentHashMap.newKeySet());
                  }));
      firstRunning.await();
      for (int n = 1; n <= 5; n++) {
        int row = n;
        good.add(
            pool.submit(
                () ->
                    groupCommit.run(
                        "row " + row,
                        c -> row * 10 + insert(c, row, ConcurrentHashMap.newKeySet()))));
      }
      bad =
          pool.submit(
              () ->
                  groupCommit.run(
                      "twice",
                      c -> {
                        insert(c, 99, ConcurrentHashMap.newKeySet());
                        return insert(c, 99, ConcurrentHashMap.newKeySet());
                      }));
      Thread.sleep(200);
      othersQueued.countDown();
      for (int i = 0; i < good.size(); i++) {
        assertThat(good.get(i).get()).isEqualTo((i + 1) * 10 + 1);
      }
      assertThatThrownBy(bad::get)
          .hasCauseInstanceOf(StoreException.class)
          .hasMessageContaining("twice");
    }

    assertThat(rows()).isEqualTo(6);
  }
}

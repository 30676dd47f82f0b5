package dev.sluice.store.internal.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Busy writers that each wait for their last write before queueing the next share commits: a caller
 * whose write another thread committed returns at once, it does not queue for the lock behind the
 * next commit (where a returning leader would barge in ahead of it, commit alone, and starve the
 * rest).
 */
class GroupCommitUnderLoadTest {
  private static final int WRITERS = 16;
  private static final int WRITES_EACH = 20;

  private HikariDataSource pool;
  private final AtomicInteger transactions = new AtomicInteger();
  private GroupCommit groupCommit;

  @BeforeEach
  void database() throws SQLException {
    var h2 = new JdbcDataSource();
    h2.setURL("jdbc:h2:mem:load" + System.nanoTime() + ";DB_CLOSE_DELAY=-1");
    try (Connection c = h2.getConnection();
        Statement s = c.createStatement()) {
      s.execute("create table t (n int primary key)");
    }
    HikariConfig config = new HikariConfig();
    config.setDataSource(h2);
    config.setAutoCommit(false);
    config.setMaximumPoolSize(4);
    pool = new HikariDataSource(config);
    groupCommit = new GroupCommit(new Transactions(counting(pool)));
  }

  @AfterEach
  void closePool() {
    pool.close();
  }

  /** Counts transactions: each one takes a connection. */
  private DataSource counting(DataSource target) {
    return (DataSource)
        Proxy.newProxyInstance(
            getClass().getClassLoader(),
            new Class<?>[] {DataSource.class},
            (proxy, method, args) -> {
              if (method.getName().equals("getConnection")) {
                transactions.incrementAndGet();
              }
              try {
                return method.invoke(target, args);
              } catch (InvocationTargetException e) {
                throw e.getCause();
              }
            });
  }

  @Test
  void busyWritersShareCommits() throws Exception {
    CountDownLatch go = new CountDownLatch(1);
    List<Future<?>> writers = new ArrayList<>();
    try (var threads = Executors.newFixedThreadPool(WRITERS)) {
      for (int w = 0; w < WRITERS; w++) {
        int writer = w;
        writers.add(threads.submit(() -> writeAll(writer, go)));
      }
      go.countDown();
      for (Future<?> writer : writers) {
        writer.get();
      }
    }

    assertThat(rows()).isEqualTo(WRITERS * WRITES_EACH);
    assertThat(transactions.get()).isLessThan(WRITERS * WRITES_EACH / 4);
  }

  private Void writeAll(int writer, CountDownLatch go) throws InterruptedException {
    go.await();
    for (int i = 0; i < WRITES_EACH; i++) {
      int n = writer * WRITES_EACH + i;
      groupCommit.run(c -> slowInsert(c, n));
    }
    return null;
  }

  /** An insert that takes a millisecond, as a write with a disk sync does. */
  private static int slowInsert(Connection c, int n) throws SQLException {
    try {
      Thread.sleep(1);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    try (Statement s = c.createStatement()) {
      return s.executeUpdate("insert into t values (" + n + ")");
    }
  }

  private int rows() throws SQLException {
    try (Connection c = pool.getConnection();
        Statement s = c.createStatement();
        ResultSet r = s.executeQuery("select count(*) from t")) {
      r.next();
      return r.getInt(1);
    }
  }
}

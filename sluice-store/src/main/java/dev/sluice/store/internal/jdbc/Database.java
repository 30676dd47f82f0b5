package dev.sluice.store.internal.jdbc;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import org.flywaydb.core.Flyway;

/** A migrated database behind a connection pool. */
public final class Database implements AutoCloseable {
  private final Dialect dialect;
  private final HikariDataSource pool;
  private final Transactions transactions;

  private Database(Dialect dialect, HikariDataSource pool) {
    this.dialect = dialect;
    this.pool = pool;
    this.transactions = new Transactions(pool);
  }

  /** Connects, then brings the schema up to date (Flyway, {@code classpath:db/migration}). */
  public static Database open(JdbcTarget target) {
    HikariDataSource pool = new HikariDataSource(config(target));
    try {
      Flyway.configure().dataSource(pool).locations("classpath:db/migration").load().migrate();
      return new Database(target.dialect(), pool);
    } catch (RuntimeException e) {
      pool.close();
      throw e;
    }
  }

  private static HikariConfig config(JdbcTarget target) {
    HikariConfig config = new HikariConfig();
    config.setPoolName("sluice-" + target.dialect().id());
    config.setJdbcUrl(target.jdbcUrl());
    config.setUsername(target.user());
    config.setPassword(target.password());
    config.setAutoCommit(false);
    config.setMaximumPoolSize(target.dialect().poolSize());
    config.setConnectionTimeout(30_000);
    return config;
  }

  public Dialect dialect() {
    return dialect;
  }

  public Transactions transactions() {
    return transactions;
  }

  @Override
  public void close() {
    pool.close();
  }
}

package dev.sluice.store.internal.jdbc;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;

/** A migrated database behind a connection pool. */
public final class Database implements AutoCloseable {
  private final Dialect dialect;
  private final HikariDataSource pool;
  private final Transactions transactions;

  private Database(Dialect dialect, HikariDataSource pool, Transactions transactions) {
    this.dialect = dialect;
    this.pool = pool;
    this.transactions = transactions;
  }

  /**
   * Connects, then brings the schema up to date ({@link SchemaMigrations}, {@code
   * classpath:db/migration}).
   *
   * @throws dev.sluice.store.SchemaMismatchException when a script changed after it was applied
   */
  public static Database open(JdbcTarget target) {
    HikariDataSource pool = new HikariDataSource(config(target));
    try {
      var transactions = new Transactions(pool);
      SchemaMigrations.bundled().migrate(transactions, target.dialect());
      return new Database(target.dialect(), pool, transactions);
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

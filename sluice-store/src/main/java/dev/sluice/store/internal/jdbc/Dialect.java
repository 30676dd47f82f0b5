package dev.sluice.store.internal.jdbc;

/**
 * The databases the store runs on. The schema and every statement are shared: the dialects differ
 * in how they are reached and configured, and in how a row is locked before it is replaced ({@link
 * #locksRowsBySelect()}).
 */
public enum Dialect {
  /** Embedded H2 in PostgreSQL mode; each commit is written to the file before it returns. */
  H2("h2", 8),
  POSTGRESQL("postgresql", 16);

  private final String id;
  private final int poolSize;

  Dialect(String id, int poolSize) {
    this.id = id;
    this.poolSize = poolSize;
  }

  public String id() {
    return id;
  }

  int poolSize() {
    return poolSize;
  }

  /**
   * True when {@code select ... for update} is the way to lock a row. H2 never caches the plan of a
   * locking select and parses it again on every call, which costs more than the rest of a small
   * write; there a no-op {@code update} of the row takes the same lock with a cached plan.
   */
  public boolean locksRowsBySelect() {
    return this != H2;
  }

  /**
   * The H2 URL for a database file. {@code WRITE_DELAY=0} makes every commit write its changes to
   * the file before the commit returns (with the default, 500 ms, a background thread writes them
   * later and a killed JVM loses the last half second of commits). H2 does not fsync on commit: a
   * committed transaction survives the JVM being killed, not the machine losing power.
   *
   * <p>The file is read and written through H2's {@code async:} file system (an {@code
   * AsynchronousFileChannel}): with the default one, a thread that is interrupted while (or before)
   * it writes makes the JVM close the database file, and H2 then closes the whole database for
   * everyone. Sluice interrupts threads to cancel work (a pipeline attempt, a step), and that work
   * writes logs and objects; the async file system finishes the write and leaves the flag set.
   */
  static String h2Url(String file) {
    return "jdbc:h2:async:"
        + file
        + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH"
        + ";WRITE_DELAY=0;LOCK_TIMEOUT=10000;DB_CLOSE_ON_EXIT=FALSE;QUERY_CACHE_SIZE=64";
  }
}

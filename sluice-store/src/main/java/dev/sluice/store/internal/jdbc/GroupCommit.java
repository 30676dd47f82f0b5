package dev.sluice.store.internal.jdbc;

import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Small independent writes from many threads, committed together: a thread queues its write and
 * takes the commit lock; whoever holds the lock runs every queued write in one transaction, in the
 * order they were queued, and commits once. Under load one commit (one database sync) serves many
 * writers; alone, a write commits by itself. Each caller returns only after the commit that holds
 * its write. When a shared transaction fails, each of its writes is run again in a transaction of
 * its own, so one bad write fails only its own caller. Writes must therefore be repeatable: nothing
 * but their SQL may have effects.
 */
public final class GroupCommit {
  private final Transactions transactions;
  private final Queue<Write<?>> queue = new ConcurrentLinkedQueue<>();
  private final ReentrantLock commitLock = new ReentrantLock();

  public GroupCommit(Transactions transactions) {
    this.transactions = transactions;
  }

  /** Returns once {@code work} is committed; throws what its transaction threw. */
  public void run(SqlWork<?> work) {
    run("Committing a write", work);
  }

  /**
   * Returns what {@code work} returned once it is committed; throws a {@link StoreException} (with
   * {@code what}) when its transaction failed.
   */
  public <T> T run(String what, SqlWork<T> work) {
    Write<T> mine = new Write<>(what, work);
    queue.add(mine);
    commitLock.lock();
    try {
      if (!mine.done) {
        commitQueued();
      }
    } finally {
      commitLock.unlock();
    }
    if (mine.failure != null) {
      throw mine.failure;
    }
    return mine.result;
  }

  private void commitQueued() {
    List<Write<?>> batch = new ArrayList<>();
    for (Write<?> write = queue.poll(); write != null; write = queue.poll()) {
      batch.add(write);
    }
    if (batch.size() == 1) {
      batch.get(0).runAlone(transactions);
      return;
    }
    try {
      transactions.run(
          "Committing " + batch.size() + " writes",
          c -> {
            for (Write<?> write : batch) {
              write.runIn(c);
            }
            return null;
          });
      batch.forEach(write -> write.done = true);
    } catch (RuntimeException e) {
      batch.forEach(write -> write.runAlone(transactions));
    }
  }

  /** A queued write; its fields are written and read under the commit lock. */
  private static final class Write<T> {
    final String what;
    final SqlWork<T> work;
    boolean done;
    T result;
    RuntimeException failure;

    Write(String what, SqlWork<T> work) {
      this.what = what;
      this.work = work;
    }

    void runIn(java.sql.Connection connection) throws java.sql.SQLException {
      result = work.run(connection);
    }

    void runAlone(Transactions transactions) {
      try {
        result = transactions.run(what, work);
      } catch (RuntimeException e) {
        result = null;
        failure = e;
      } finally {
        done = true;
      }
    }
  }
}

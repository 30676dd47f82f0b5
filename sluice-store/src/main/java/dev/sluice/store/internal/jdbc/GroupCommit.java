package dev.sluice.store.internal.jdbc;

import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.locks.LockSupport;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Small independent writes from many threads, committed together: a thread queues its write and, if
 * no commit is running, becomes the leader: it runs every queued write in one transaction, in the
 * order they were queued, and commits once. The others wait for their own write to be done, not for
 * the lock, so a finished commit releases all of them at once; when the leader is done it wakes the
 * thread of the oldest write still queued to lead the next commit. Under load one commit (one
 * database sync) serves many writers; alone, a write commits by itself. Each caller returns only
 * after the commit that holds its write. When a shared transaction fails, each of its writes is run
 * again in a transaction of its own, so one bad write fails only its own caller. Writes must
 * therefore be repeatable: nothing but their SQL may have effects.
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
    return runBatched(what, (connection, batches) -> work.run(connection));
  }

  /**
   * Like {@link #run(String, SqlWork)}, for work that leaves rows to the transaction's {@link
   * SharedBatches}: the rows of all writes sharing a transaction go to the database in one batch
   * per statement, after every write ran.
   */
  public <T> T runBatched(String what, BatchedWork<T> work) {
    Write<T> mine = new Write<>(what, work, Thread.currentThread());
    queue.add(mine);
    boolean interrupted = false;
    while (!mine.done) {
      if (commitLock.tryLock()) {
        try {
          if (!mine.done) {
            commitQueued();
          }
        } finally {
          commitLock.unlock();
          wakeNextLeader();
        }
      } else {
        LockSupport.park(this);
        interrupted |= Thread.interrupted(); // park returns at once while the flag is set
      }
    }
    if (interrupted) {
      Thread.currentThread().interrupt();
    }
    if (mine.failure != null) {
      throw mine.failure;
    }
    return mine.result;
  }

  /** Writes queued while the last commit ran wait for a leader: wake the oldest one's thread. */
  private void wakeNextLeader() {
    Write<?> next = queue.peek();
    if (next != null) {
      LockSupport.unpark(next.thread);
    }
  }

  private void commitQueued() {
    List<Write<?>> batch = new ArrayList<>();
    for (Write<?> write = queue.poll(); write != null; write = queue.poll()) {
      batch.add(write);
    }
    try {
      if (batch.size() == 1) {
        batch.get(0).runAlone(transactions);
      } else {
        commitTogether(batch);
      }
    } finally {
      batch.forEach(Write::finish);
    }
  }

  private void commitTogether(List<Write<?>> batch) {
    try {
      transactions.run(
          "Committing " + batch.size() + " writes",
          c -> {
            SharedBatches batches = new SharedBatches();
            for (Write<?> write : batch) {
              write.runIn(c, batches);
            }
            batches.flush(c);
            return null;
          });
      batch.forEach(write -> write.settled = true);
    } catch (RuntimeException e) {
      batch.forEach(write -> write.runAlone(transactions));
    }
  }

  /**
   * A queued write. The leader writes its result, failure and {@code settled} (its transaction
   * ended) before {@code done}, which is volatile: a caller that sees {@code done} sees them.
   */
  private static final class Write<T> {
    final String what;
    final BatchedWork<T> work;
    final Thread thread;
    volatile boolean done;
    boolean settled;
    T result;
    RuntimeException failure;

    Write(String what, BatchedWork<T> work, Thread thread) {
      this.what = what;
      this.work = work;
      this.thread = thread;
    }

    void runIn(java.sql.Connection connection, SharedBatches batches) throws java.sql.SQLException {
      result = work.run(connection, batches);
    }

    void runAlone(Transactions transactions) {
      try {
        result =
            transactions.run(
                what,
                c -> {
                  SharedBatches batches = new SharedBatches();
                  T value = work.run(c, batches);
                  batches.flush(c);
                  return value;
                });
        failure = null;
      } catch (RuntimeException e) {
        result = null;
        failure = e;
      }
      settled = true;
    }

    /** Marks the write done and wakes its caller; a write the leader never got to fails. */
    void finish() {
      if (!settled) {
        result = null;
        failure = new IllegalStateException(what + ": the shared commit did not complete");
      }
      done = true;
      LockSupport.unpark(thread);
    }
  }
}

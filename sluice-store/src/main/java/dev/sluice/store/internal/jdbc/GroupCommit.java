package dev.sluice.store.internal.jdbc;

import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Small independent writes from many threads, committed together: a thread queues its write and
 * takes the commit lock; whoever holds the lock runs every queued write in one transaction and
 * commits once. Under load one commit serves many writers; alone, a write commits by itself. A
 * failed transaction fails every write in it. Writes must be idempotent (a transaction that lost a
 * deadlock is run again).
 */
public final class GroupCommit {
  private final Transactions transactions;
  private final Queue<Write> queue = new ConcurrentLinkedQueue<>();
  private final ReentrantLock commitLock = new ReentrantLock();

  public GroupCommit(Transactions transactions) {
    this.transactions = transactions;
  }

  /** Returns once {@code work} is committed; throws what its transaction threw. */
  public void run(SqlWork<?> work) {
    Write mine = new Write(work);
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
  }

  private void commitQueued() {
    List<Write> batch = new ArrayList<>();
    for (Write write = queue.poll(); write != null; write = queue.poll()) {
      batch.add(write);
    }
    try {
      transactions.run(
          "Committing " + batch.size() + " writes",
          c -> {
            for (Write write : batch) {
              write.work.run(c);
            }
            return null;
          });
    } catch (RuntimeException e) {
      batch.forEach(write -> write.failure = e);
    } finally {
      batch.forEach(write -> write.done = true);
    }
  }

  /** A queued write; its fields are written and read under the commit lock. */
  private static final class Write {
    final SqlWork<?> work;
    boolean done;
    RuntimeException failure;

    Write(SqlWork<?> work) {
      this.work = work;
    }
  }
}

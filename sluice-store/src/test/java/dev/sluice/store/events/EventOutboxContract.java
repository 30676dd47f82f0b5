package dev.sluice.store.events;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sluice.core.events.EventOutbox;
import dev.sluice.core.events.EventStatus;
import dev.sluice.core.events.NewEvent;
import dev.sluice.core.events.OutboxEvent;
import dev.sluice.core.objects.Bucket;
import dev.sluice.store.StoreFixture;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every {@link EventOutbox} does: claim with leases, settle, list. */
public abstract class EventOutboxContract extends StoreFixture {
  protected static final Duration LEASE = Duration.ofSeconds(30);

  protected EventOutbox outbox;

  @BeforeEach
  void outbox() {
    outbox = store.outbox();
    store.objects().insertBucket(new Bucket("b", "111111111111", "us-east-1", clock.now()));
  }

  /** Commits events the way services do: with a change (here a delete of a missing key). */
  protected void commit(NewEvent... events) {
    store.objects().deleteObject("b", "k", List.of(events));
  }

  protected static NewEvent event(String service, String payload) {
    return new NewEvent(service, "arn:aws:" + service + ":us-east-1:0:t", "T", payload);
  }

  private List<OutboxEvent> claim(String owner, Set<String> services, int max) {
    return outbox.claimDue(owner, services, max, clock.now(), LEASE);
  }

  @Test
  void claimsDueEventsOldestFirstAndCountsTheAttempt() {
    commit(event("lambda", "{\"n\":1}"), event("lambda", "{\"n\":2}"));
    commit(event("lambda", "{\"n\":3}"));

    List<OutboxEvent> claimed = claim("node-a", Set.of("lambda"), 2);

    assertThat(claimed).extracting(OutboxEvent::payload).containsExactly("{\"n\":1}", "{\"n\":2}");
    assertThat(claimed).allSatisfy(e -> assertThat(e.attempts()).isEqualTo(1));
    assertThat(claimed.getFirst())
        .extracting(
            OutboxEvent::service,
            OutboxEvent::target,
            OutboxEvent::type,
            OutboxEvent::createdAt,
            OutboxEvent::status,
            OutboxEvent::lastError)
        .containsExactly(
            "lambda", "arn:aws:lambda:us-east-1:0:t", "T", clock.now(), EventStatus.PENDING, null);
    assertThat(claim("node-a", Set.of("lambda"), 10))
        .extracting(OutboxEvent::payload)
        .containsExactly("{\"n\":3}");
  }

  @Test
  void claimsOnlyEventsOfTheGivenServices() {
    commit(event("lambda", "l"), event("sns", "s"), event("sqs", "q"));

    assertThat(claim("n", Set.of("sns", "sqs"), 10))
        .extracting(OutboxEvent::payload)
        .containsExactly("s", "q");
    assertThat(claim("n", Set.of(), 10)).isEmpty();
    assertThat(outbox.list(EventStatus.PENDING, 0, 10))
        .filteredOn(e -> e.service().equals("lambda"))
        .singleElement()
        .extracting(OutboxEvent::attempts)
        .isEqualTo(0);
  }

  @Test
  void aLeasedEventIsClaimableAgainOnlyAfterItsLeaseExpires() {
    commit(event("lambda", "x"));
    claim("node-a", Set.of("lambda"), 10);

    clock.advance(LEASE.minusSeconds(1));
    assertThat(claim("node-b", Set.of("lambda"), 10)).isEmpty();

    clock.advance(Duration.ofSeconds(1));
    assertThat(claim("node-b", Set.of("lambda"), 10))
        .singleElement()
        .extracting(OutboxEvent::attempts)
        .isEqualTo(2);
  }

  @Test
  void theLeaseHolderCanExtendItsLeaseAndNobodyElseCan() {
    commit(event("lambda", "x"));
    long id = claim("node-a", Set.of("lambda"), 10).getFirst().id();

    clock.advance(LEASE.minusSeconds(1));
    outbox.extendLeases("node-b", List.of(id), clock.now().plus(Duration.ofHours(1)));
    outbox.extendLeases("node-a", List.of(id), clock.now().plus(LEASE));
    clock.advance(LEASE.minusSeconds(1));
    assertThat(claim("node-b", Set.of("lambda"), 10)).isEmpty();

    clock.advance(Duration.ofSeconds(1));
    assertThat(claim("node-b", Set.of("lambda"), 10)).singleElement();
  }

  @Test
  void releasingAnOwnersLeasesMakesItsEventsClaimableAtOnceAndLeavesOthersAlone() {
    commit(event("lambda", "mine"));
    claim("node-a", Set.of("lambda"), 10);
    commit(event("lambda", "theirs"));
    claim("node-b", Set.of("lambda"), 10);

    assertThat(outbox.releaseLeases("node-a")).isEqualTo(1);

    assertThat(claim("node-c", Set.of("lambda"), 10))
        .singleElement()
        .extracting(OutboxEvent::payload)
        .isEqualTo("mine");
  }

  @Test
  void deliveredEventsLeaveThePendingList() {
    commit(event("lambda", "x"), event("lambda", "y"));
    OutboxEvent first = claim("n", Set.of("lambda"), 1).getFirst();

    outbox.markDelivered(first.id());

    assertThat(outbox.list(EventStatus.DELIVERED, 0, 10))
        .extracting(OutboxEvent::payload)
        .containsExactly("x");
    assertThat(outbox.list(EventStatus.PENDING, 0, 10))
        .extracting(OutboxEvent::payload)
        .containsExactly("y");
    clock.advance(LEASE.multipliedBy(2));
    assertThat(claim("n", Set.of("lambda"), 10))
        .extracting(OutboxEvent::payload)
        .containsExactly("y");
  }

  @Test
  void aRescheduledEventWaitsForItsNextAttemptAndKeepsTheError() {
    commit(event("lambda", "x"));
    OutboxEvent claimed = claim("n", Set.of("lambda"), 1).getFirst();
    Instant next = clock.now().plusSeconds(5);

    outbox.reschedule(claimed.id(), next, "ServiceException: busy");

    assertThat(claim("n", Set.of("lambda"), 10)).isEmpty();
    assertThat(outbox.nextDue(Set.of("lambda"))).contains(next);
    clock.advance(Duration.ofSeconds(5));
    assertThat(claim("n", Set.of("lambda"), 10))
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.attempts()).isEqualTo(2);
              assertThat(e.nextAttemptAt()).isEqualTo(next);
              assertThat(e.lastError()).isEqualTo("ServiceException: busy");
            });
  }

  @Test
  void aFailedEventStaysListedAsFailedAndIsNotClaimedAgain() {
    commit(event("lambda", "x"));
    OutboxEvent claimed = claim("n", Set.of("lambda"), 1).getFirst();

    outbox.markFailed(claimed.id(), "gave up");

    assertThat(outbox.list(EventStatus.FAILED, 0, 10))
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.status()).isEqualTo(EventStatus.FAILED);
              assertThat(e.lastError()).isEqualTo("gave up");
              assertThat(e.attempts()).isEqualTo(1);
            });
    clock.advance(LEASE.multipliedBy(2));
    assertThat(claim("n", Set.of("lambda"), 10)).isEmpty();
    assertThat(outbox.nextDue(Set.of("lambda"))).isEmpty();
  }

  @Test
  void listsPageByPageAfterAnId() {
    for (int i = 0; i < 5; i++) {
      commit(event("sns", "p" + i));
    }
    List<OutboxEvent> firstPage = outbox.list(EventStatus.PENDING, 0, 2);
    List<OutboxEvent> secondPage = outbox.list(EventStatus.PENDING, firstPage.get(1).id(), 2);
    List<OutboxEvent> lastPage = outbox.list(EventStatus.PENDING, secondPage.get(1).id(), 2);

    assertThat(firstPage).extracting(OutboxEvent::payload).containsExactly("p0", "p1");
    assertThat(secondPage).extracting(OutboxEvent::payload).containsExactly("p2", "p3");
    assertThat(lastPage).extracting(OutboxEvent::payload).containsExactly("p4");
  }

  @Test
  void nextDueIsTheEarliestTimeAPendingEventOfTheServicesMayBeClaimed() {
    assertThat(outbox.nextDue(Set.of("lambda"))).isEmpty();
    Instant committedAt = clock.now();
    commit(event("lambda", "x"));
    clock.advance(Duration.ofSeconds(3));
    commit(event("sns", "y"));

    assertThat(outbox.nextDue(Set.of("lambda", "sns"))).contains(committedAt);
    assertThat(outbox.nextDue(Set.of("sns"))).contains(committedAt.plusSeconds(3));

    Instant claimedAt = clock.now();
    claim("n", Set.of("lambda"), 1);
    assertThat(outbox.nextDue(Set.of("lambda"))).contains(claimedAt.plus(LEASE));
  }

  @Test
  void concurrentClaimersNeverTakeTheSameEvent() throws Exception {
    int count = 120;
    for (int i = 0; i < count; i += 10) {
      commit(
          IntStream.range(i, i + 10)
              .mapToObj(n -> event("lambda", "" + n))
              .toArray(NewEvent[]::new));
    }
    List<Callable<List<Long>>> claimers = new ArrayList<>();
    for (int c = 0; c < 4; c++) {
      String owner = "node-" + c;
      claimers.add(
          () -> {
            List<Long> ids = new ArrayList<>();
            List<OutboxEvent> batch;
            do {
              batch = claim(owner, Set.of("lambda"), 3);
              batch.forEach(e -> ids.add(e.id()));
            } while (!batch.isEmpty());
            return ids;
          });
    }

    List<Long> all = new ArrayList<>();
    try (ExecutorService pool = Executors.newFixedThreadPool(4)) {
      for (Future<List<Long>> ids : pool.invokeAll(claimers)) {
        all.addAll(ids.get());
      }
    }

    assertThat(all).doesNotHaveDuplicates().hasSize(count);
    assertThat(new HashSet<>(all))
        .isEqualTo(
            new HashSet<>(
                outbox.list(EventStatus.PENDING, 0, 1000).stream().map(OutboxEvent::id).toList()));
  }

  @Test
  void claimsSurviveReopeningTheStore() {
    commit(event("lambda", "x"));
    claim("crashed-node", Set.of("lambda"), 1);

    reopen();
    outbox = store.outbox();

    assertThat(claim("n", Set.of("lambda"), 1)).isEmpty();
    clock.advance(LEASE);
    assertThat(claim("n", Set.of("lambda"), 1))
        .singleElement()
        .extracting(OutboxEvent::attempts)
        .isEqualTo(2);
  }
}

package dev.sluice.core.logs.internal;

import dev.sluice.core.logs.EventKey;
import dev.sluice.core.logs.EventSelection;
import dev.sluice.core.logs.EventsPage;
import dev.sluice.core.logs.EventsQuery;
import dev.sluice.core.logs.FilterPage;
import dev.sluice.core.logs.FilterQuery;
import dev.sluice.core.logs.GroupPage;
import dev.sluice.core.logs.GroupQuery;
import dev.sluice.core.logs.LogEvent;
import dev.sluice.core.logs.LogGroup;
import dev.sluice.core.logs.LogService;
import dev.sluice.core.logs.LogSink;
import dev.sluice.core.logs.LogStore;
import dev.sluice.core.logs.LogStream;
import dev.sluice.core.logs.StreamOrder;
import dev.sluice.core.logs.StreamPage;
import dev.sluice.core.logs.StreamQuery;
import dev.sluice.core.result.Result;
import dev.sluice.core.time.Clock;
import java.util.List;
import java.util.Set;

/**
 * The log service on a {@link LogStore}; also the {@link LogSink} runtimes write to, which creates
 * groups and streams on first use.
 */
public final class StoreLogService implements LogService, LogSink {
  static final int DESCRIBE_LIMIT = 50;
  static final int EVENTS_LIMIT = 10_000;
  private static final Set<Integer> RETENTION_DAYS =
      Set.of(
          1, 3, 5, 7, 14, 30, 60, 90, 120, 150, 180, 365, 400, 545, 731, 1096, 1827, 2192, 2557,
          2922, 3288, 3653);
  private static final String RETENTION_VALUES =
      "[1, 3, 5, 7, 14, 30, 60, 90, 120, 150, 180, 365, 400, 545, 731, 1096, 1827, 2192, 2557,"
          + " 2922, 3288, 3653]";

  private final LogStore store;
  private final Clock clock;
  private final EventPaging paging;
  private final EventFilter filter;

  public StoreLogService(LogStore store, Clock clock) {
    this.store = store;
    this.clock = clock;
    this.paging = new EventPaging(store);
    this.filter = new EventFilter(store);
  }

  @Override
  public void append(String group, String stream, List<LogEvent> events) {
    if (!events.isEmpty()) {
      store.append(group, stream, events, clock.now());
    }
  }

  @Override
  public Result<LogGroup> createLogGroup(String group) {
    return LogNames.group(group)
        .flatMap(
            name -> {
              var now = clock.now();
              return store.createGroup(name, now)
                  ? Result.ok(new LogGroup(name, now, null, 0))
                  : Result.err(LogFailures.groupExists());
            });
  }

  @Override
  public Result<Void> deleteLogGroup(String group) {
    return LogNames.group(group)
        .flatMap(name -> store.deleteGroup(name) ? done() : Result.err(LogFailures.noSuchGroup()));
  }

  @Override
  public Result<LogStream> createLogStream(String group, String stream) {
    return existingGroup(group)
        .flatMap(g -> LogNames.stream(stream))
        .flatMap(
            name -> {
              var now = clock.now();
              return store.createStream(group, name, now)
                  ? Result.ok(new LogStream(group, name, now, null, null, null, 0))
                  : Result.err(LogFailures.streamExists());
            });
  }

  @Override
  public Result<Void> deleteLogStream(String group, String stream) {
    return existingGroup(group)
        .flatMap(g -> LogNames.stream(stream))
        .flatMap(
            name ->
                store.deleteStream(group, name) ? done() : Result.err(LogFailures.noSuchStream()));
  }

  @Override
  public Result<Void> putLogEvents(String group, String stream, List<LogEvent> events) {
    return existingStream(group, stream)
        .flatMap(s -> PutCheck.events(events))
        .flatMap(
            checked -> {
              store.append(group, stream, checked, clock.now());
              return done();
            });
  }

  @Override
  public Result<Void> putRetentionPolicy(String group, int days) {
    if (!RETENTION_DAYS.contains(days)) {
      return Result.err(
          LogFailures.constraint(
              days, "retentionInDays", "Member must satisfy enum value set: " + RETENTION_VALUES));
    }
    return LogNames.group(group).flatMap(name -> retention(name, days));
  }

  @Override
  public Result<Void> deleteRetentionPolicy(String group) {
    return LogNames.group(group).flatMap(name -> retention(name, null));
  }

  private Result<Void> retention(String group, Integer days) {
    return store.setRetention(group, days) ? done() : Result.err(LogFailures.noSuchGroup());
  }

  @Override
  public Result<GroupPage> describeLogGroups(GroupQuery query) {
    var prefix = query.prefix() == null ? "" : query.prefix();
    return LogNames.limit(query.limit(), DESCRIBE_LIMIT)
        .flatMap(
            limit ->
                OffsetToken.parse(query.nextToken())
                    .map(offset -> groupPage(prefix, offset, limit)));
  }

  private GroupPage groupPage(String prefix, int offset, int limit) {
    var groups = store.groups(prefix, offset, limit + 1);
    return groups.size() > limit
        ? new GroupPage(groups.subList(0, limit), OffsetToken.of(offset + limit))
        : new GroupPage(groups, null);
  }

  @Override
  public Result<StreamPage> describeLogStreams(StreamQuery query) {
    var order = query.order() == null ? StreamOrder.LOG_STREAM_NAME : query.order();
    var prefix = query.prefix() == null ? "" : query.prefix();
    if (order == StreamOrder.LAST_EVENT_TIME && !prefix.isEmpty()) {
      return Result.err(
          LogFailures.invalidParameter(
              "Cannot order by LastEventTime with a logStreamNamePrefix."));
    }
    return existingGroup(query.group())
        .flatMap(g -> LogNames.limit(query.limit(), DESCRIBE_LIMIT))
        .flatMap(
            limit ->
                OffsetToken.parse(query.nextToken())
                    .map(offset -> streamPage(query, prefix, order, offset, limit)));
  }

  private StreamPage streamPage(
      StreamQuery query, String prefix, StreamOrder order, int offset, int limit) {
    var streams =
        store.streams(query.group(), prefix, order, query.descending(), offset, limit + 1);
    return streams.size() > limit
        ? new StreamPage(streams.subList(0, limit), OffsetToken.of(offset + limit))
        : new StreamPage(streams, null);
  }

  @Override
  public Result<EventsPage> getLogEvents(EventsQuery query) {
    var selection =
        EventSelection.ofStream(query.group(), query.stream(), query.startTime(), query.endTime());
    return existingStream(query.group(), query.stream())
        .flatMap(s -> LogNames.limit(query.limit(), EVENTS_LIMIT))
        .flatMap(
            limit ->
                (query.nextToken() == null
                        ? Result.<EventToken>ok(null)
                        : EventToken.parse(query.nextToken()))
                    .map(token -> paging.page(selection, token, query.startFromHead(), limit)));
  }

  @Override
  public Result<FilterPage> filterLogEvents(FilterQuery query) {
    if (!query.streams().isEmpty() && query.streamPrefix() != null) {
      return Result.err(
          LogFailures.invalidParameter(
              "You cannot specify both logStreamNames and logStreamNamePrefix."));
    }
    var selection =
        new EventSelection(
            query.group(),
            query.streams(),
            query.streamPrefix(),
            query.startTime(),
            query.endTime());
    return existingGroup(query.group())
        .flatMap(g -> LogNames.limit(query.limit(), EVENTS_LIMIT))
        .flatMap(
            limit ->
                filterToken(query.nextToken())
                    .flatMap(
                        after ->
                            FilterPattern.parse(query.filterPattern())
                                .map(
                                    pattern ->
                                        filter.page(
                                            selection, pattern, after, limit, searched(query)))));
  }

  private static Result<EventKey> filterToken(String token) {
    if (token == null) {
      return Result.ok(null);
    }
    return EventKey.parse(token)
        .<Result<EventKey>>map(Result::ok)
        .orElseGet(() -> Result.err(LogFailures.invalidToken()));
  }

  /** The names of the streams a filter looks at. */
  private List<String> searched(FilterQuery query) {
    var prefix = query.streamPrefix() == null ? "" : query.streamPrefix();
    return store
        .streams(query.group(), prefix, StreamOrder.LOG_STREAM_NAME, false, 0, Integer.MAX_VALUE)
        .stream()
        .map(LogStream::name)
        .filter(name -> query.streams().isEmpty() || query.streams().contains(name))
        .toList();
  }

  private Result<String> existingGroup(String group) {
    return LogNames.group(group)
        .flatMap(
            name ->
                store.group(name).isPresent()
                    ? Result.ok(name)
                    : Result.err(LogFailures.noSuchGroup()));
  }

  private Result<LogStream> existingStream(String group, String stream) {
    return existingGroup(group)
        .flatMap(g -> LogNames.stream(stream))
        .flatMap(
            name ->
                store.stream(group, name)
                    .<Result<LogStream>>map(Result::ok)
                    .orElseGet(() -> Result.err(LogFailures.noSuchStream())));
  }

  private static Result<Void> done() {
    return Result.ok(null);
  }
}

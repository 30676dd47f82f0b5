package dev.sluice.core.logs;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Where log groups, streams and events are kept. Writes are durable when they return. Deleting a
 * group deletes its streams and their events; deleting a stream deletes its events.
 */
public interface LogStore {

  /** Creates the group; false when it exists already. */
  boolean createGroup(String group, Instant createdAt);

  /** Deletes the group; false when there is none. */
  boolean deleteGroup(String group);

  Optional<LogGroup> group(String group);

  /** Sets (or with null removes) the group's retention; false when there is no such group. */
  boolean setRetention(String group, Integer days);

  /** Groups whose name starts with {@code prefix} (may be empty), by name, from {@code offset}. */
  List<LogGroup> groups(String prefix, int offset, int limit);

  /** Creates the stream in an existing group; false when it exists already. */
  boolean createStream(String group, String stream, Instant createdAt);

  /** Deletes the stream; false when there is none. */
  boolean deleteStream(String group, String stream);

  Optional<LogStream> stream(String group, String stream);

  /** Streams of the group whose name starts with {@code prefix} (may be empty), in order. */
  List<LogStream> streams(
      String group, String prefix, StreamOrder order, boolean descending, int offset, int limit);

  /**
   * Stores the events in the stream, creating the group and the stream when missing, and counts
   * them into the stream's first and last event time, last ingestion time and stored bytes.
   */
  void append(String group, String stream, List<LogEvent> events, Instant ingestedAt);

  /**
   * Selected events strictly between {@code after} and {@code before} (either may be null), in time
   * order when {@code ascending}, else newest first; at most {@code limit}.
   */
  List<StoredEvent> read(
      EventSelection selection, EventKey after, EventKey before, boolean ascending, int limit);
}

package dev.sluice.core.logs;

import dev.sluice.core.result.Result;
import java.util.List;

/**
 * The CloudWatch Logs subset Sluice keeps function and job logs in. Names are checked as CloudWatch
 * Logs checks them; failures carry its error codes ({@code ResourceNotFoundException}, {@code
 * ResourceAlreadyExistsException}, {@code InvalidParameterException}).
 */
public interface LogService {

  Result<LogGroup> createLogGroup(String group);

  Result<Void> deleteLogGroup(String group);

  Result<LogStream> createLogStream(String group, String stream);

  Result<Void> deleteLogStream(String group, String stream);

  /** Stores events given in time order into an existing stream. */
  Result<Void> putLogEvents(String group, String stream, List<LogEvent> events);

  Result<Void> putRetentionPolicy(String group, int days);

  Result<Void> deleteRetentionPolicy(String group);

  Result<GroupPage> describeLogGroups(GroupQuery query);

  Result<StreamPage> describeLogStreams(StreamQuery query);

  Result<EventsPage> getLogEvents(EventsQuery query);

  Result<FilterPage> filterLogEvents(FilterQuery query);
}

package dev.sluice.core.workflows.engine;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.sluice.core.logs.LogEvent;
import dev.sluice.core.logs.LogSink;
import dev.sluice.core.workflows.ExecutionRecord;
import dev.sluice.core.workflows.HistoryEvent;
import dev.sluice.core.workflows.Progress;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * A journal that also writes the events its machine's logging level selects to CloudWatch Logs, one
 * JSON line per event as Step Functions writes them, after the wrapped journal took them.
 */
final class LoggingJournal implements Journal {
  private static final DateTimeFormatter MINUTE =
      DateTimeFormatter.ofPattern("yyyy-MM-dd-HH-mm").withZone(ZoneOffset.UTC);

  private final Journal inner;
  private final LoggingConfig config;
  private final LogSink logs;
  private final ExecutionRecord execution;
  private final String stream;

  LoggingJournal(Journal inner, LoggingConfig config, LogSink logs, ExecutionRecord execution) {
    this.inner = inner;
    this.config = config;
    this.logs = logs;
    this.execution = execution;
    this.stream = streamOf(execution);
  }

  @Override
  public void commit(Progress progress) {
    inner.commit(progress);
    log(progress.events());
  }

  /** Writes the selected ones of {@code events} (e.g. ExecutionStarted, kept outside journals). */
  void log(List<HistoryEvent> events) {
    List<LogEvent> lines =
        events.stream()
            .filter(e -> config.selects(e.type()))
            .map(e -> new LogEvent(e.timestamp(), line(e)))
            .toList();
    if (!lines.isEmpty()) {
      logs.append(config.group(), stream, lines);
    }
  }

  private String line(HistoryEvent event) {
    ObjectNode line = Json.object();
    line.put("id", Long.toString(event.id()));
    line.put("type", event.type());
    if (event.details() != null) {
      ObjectNode details = event.details().deepCopy();
      if (!config.includeExecutionData()) {
        details.remove(List.of("input", "output"));
      }
      line.set("details", details);
    }
    line.put("previous_event_id", Long.toString(event.previousEventId()));
    line.put("event_timestamp", Long.toString(event.timestamp().toEpochMilli()));
    line.put("execution_arn", execution.arn());
    line.put("redrive_count", Integer.toString(execution.redriveCount()));
    return Json.write(line);
  }

  /**
   * {@code states/<machine name>/<yyyy-MM-dd-HH-mm>/<8 hex digits>}: the start minute and a number
   * drawn from the execution ARN, so an execution's lines stay together.
   */
  private static String streamOf(ExecutionRecord execution) {
    String machine = execution.machineArn().substring(execution.machineArn().lastIndexOf(':') + 1);
    return "states/"
        + machine
        + "/"
        + MINUTE.format(execution.started())
        + "/"
        + String.format("%08x", execution.arn().hashCode());
  }
}

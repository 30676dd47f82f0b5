package dev.sluice.core.pipelines.run.internal;

import dev.sluice.core.logs.LogEvent;
import dev.sluice.core.logs.LogSink;
import dev.sluice.core.time.Clock;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The runner's own lines in an attempt's log stream (group {@code /aws/datapipeline/<pipelineId>}),
 * next to what the work writes there. A log that cannot be written does not stop the run.
 */
public final class RunLog {
  private static final Logger LOG = LoggerFactory.getLogger(RunLog.class);

  private final LogSink sink;
  private final Clock clock;

  public RunLog(LogSink sink, Clock clock) {
    this.sink = sink;
    this.clock = clock;
  }

  public static String group(String pipelineId) {
    return "/aws/datapipeline/" + pipelineId;
  }

  public void line(String pipelineId, String stream, String message) {
    try {
      sink.append(group(pipelineId), stream, List.of(new LogEvent(clock.now(), message)));
    } catch (RuntimeException e) {
      LOG.warn("Writing to log stream {} of pipeline {} failed", stream, pipelineId, e);
    }
  }
}

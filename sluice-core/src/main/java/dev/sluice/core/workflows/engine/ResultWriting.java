package dev.sluice.core.workflows.engine;

import com.fasterxml.jackson.databind.JsonNode;
import dev.sluice.asl.ChildRun;
import dev.sluice.asl.ResultFiles;
import dev.sluice.asl.ResultWrite;
import dev.sluice.core.result.Result;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Writes a distributed Map's results to S3 as its ResultWriter asks; the Map's result becomes the
 * ResultWriterDetails. A failed write is {@code States.ResultWriterFailed} with S3's message.
 */
final class ResultWriting {
  static final String RESULT_WRITER_FAILED = "States.ResultWriterFailed";

  private ResultWriting() {}

  /**
   * The Map's result, or the failure.
   *
   * @param output the ResultWriterDetails output, null when the write failed
   */
  record Written(JsonNode output, String cause) {}

  /** One child as it ran: its input, outcome and times. */
  record Ran(JsonNode input, Outcome outcome, Instant start, Instant stop) {}

  static Written write(ScopeRun scope, ResultWrite write, String mapRunArn, List<Ran> children) {
    MapObjects objects = scope.machinery.objects().orElse(null);
    if (objects == null) {
      return new Written(null, "Sluice has no object store to write the results to.");
    }
    ResultFiles.Written files = ResultFiles.of(write, mapRunArn, runs(mapRunArn, children));
    String account = Arns.account(mapRunArn);
    String region = Arns.region(mapRunArn);
    for (ResultFiles.ResultFile file : files.files()) {
      Result<Void> put = objects.write(write.bucket(), file.key(), file.text(), account, region);
      if (put instanceof Result.Err<Void> err) {
        return new Written(null, err.failure().message());
      }
    }
    return new Written(files.output(), null);
  }

  private static List<ChildRun> runs(String mapRunArn, List<Ran> children) {
    String label = mapRunArn.substring(mapRunArn.indexOf(":mapRun:") + 8);
    label = label.substring(0, label.lastIndexOf(':'));
    String base = mapRunArn.substring(0, mapRunArn.indexOf(":mapRun:"));
    List<ChildRun> runs = new ArrayList<>();
    for (Ran child : children) {
      String name = UUID.randomUUID().toString();
      Outcome outcome = child.outcome();
      runs.add(
          new ChildRun(
              base + ":execution:" + label + ":" + name,
              name,
              base + ":stateMachine:" + label,
              child.input(),
              outcome.failed() ? null : outcome.output(),
              outcome.failed() ? outcome.error() : null,
              outcome.failed() ? outcome.cause() : null,
              child.start(),
              child.stop()));
    }
    return runs;
  }
}

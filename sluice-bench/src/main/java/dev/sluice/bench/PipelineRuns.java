package dev.sluice.bench;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * The word count as a pipeline on Sluice: the corpus uploaded under {@code corpus-<label>/}, a
 * pipeline created from {@link WordCountPipeline}, activated, DescribePipelines polled until
 * FINISHED; then the step's log and the output read back.
 */
final class PipelineRuns {
  static final long POLL_MILLIS = 100;

  /**
   * @param uploadSeconds the corpus's PutObjects, before activation (not in {@code seconds})
   * @param seconds from just before ActivatePipeline to the poll that saw FINISHED
   * @param timeline the step's log against activation
   * @param counts what the step wrote under {@code out-<label>/}
   */
  record Run(
      double uploadSeconds, double seconds, StepTimeline timeline, Map<String, Long> counts) {}

  private final PipelineClients clients;
  private final Path mapper;

  PipelineRuns(PipelineClients clients, Path mapper) {
    this.clients = clients;
    this.mapper = mapper;
  }

  /** Runs the count over {@code files}, uploaded under {@code corpus-<label>/}. */
  Run run(String label, List<Path> files, Duration limit) throws Exception {
    var prefix = "corpus-" + label + "/";
    long uploading = System.nanoTime();
    for (var file : files) {
      clients.upload(PipelineSection.BUCKET, prefix + file.getFileName(), file);
    }
    double uploadSeconds = (System.nanoTime() - uploading) / 1e9;
    var base = "s3://" + PipelineSection.BUCKET + "/";
    var id =
        clients.createPipeline(
            "wordcount-" + label,
            WordCountPipeline.definition(
                base + prefix, base + "out-" + label + "/", base + mapper.getFileName()));
    long activatedAt = System.currentTimeMillis();
    long started = System.nanoTime();
    clients.activate(id);
    clients.awaitFinished(id, Duration.ofMillis(POLL_MILLIS), limit);
    double seconds = (System.nanoTime() - started) / 1e9;
    var lines =
        clients.logEvents(id).stream()
            .map(e -> new StepTimeline.Line(e.timestamp(), e.message()))
            .toList();
    var counts = clients.readCounts(PipelineSection.BUCKET, "out-" + label + "/");
    return new Run(uploadSeconds, seconds, StepTimeline.of(activatedAt, lines), counts);
  }
}

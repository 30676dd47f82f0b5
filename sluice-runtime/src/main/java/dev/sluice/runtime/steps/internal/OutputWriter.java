package dev.sluice.runtime.steps.internal;

import dev.sluice.core.pipelines.work.ObjectEntry;
import dev.sluice.core.pipelines.work.WorkContext;
import java.util.Map;

/**
 * Who writes a streaming step's S3 output: the pipeline's attempt, named in the user metadata of
 * every object the step uploads ({@code x-amz-meta-}{@value #METADATA}). When Sluice stops while it
 * uploads, the attempt runs again from the start and finds its own partial output; an output made
 * only of objects it wrote itself is its to replace, anything else is someone's output.
 */
public record OutputWriter(String id) {
  public static final String METADATA = "sluice-writer";

  public static OutputWriter of(WorkContext context) {
    return new OutputWriter(context.pipelineId() + "/" + context.attemptId());
  }

  Map<String, String> metadata() {
    return Map.of(METADATA, id);
  }

  boolean wrote(ObjectEntry entry) {
    return id.equals(entry.metadata().get(METADATA));
  }
}

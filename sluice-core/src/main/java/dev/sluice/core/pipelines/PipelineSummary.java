package dev.sluice.core.pipelines;

/** ListPipelines' {@code PipelineIdName}. */
public record PipelineSummary(String id, String name) {}

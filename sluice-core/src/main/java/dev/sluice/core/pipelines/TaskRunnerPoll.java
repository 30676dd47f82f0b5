package dev.sluice.core.pipelines;

/** PollForTask's input (the instance identity is accepted and not checked). */
public record TaskRunnerPoll(String workerGroup, String hostname) {}

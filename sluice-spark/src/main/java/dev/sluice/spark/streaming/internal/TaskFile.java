package dev.sluice.spark.streaming.internal;

import java.io.Serializable;

/** A file every task's working directory holds, under {@code name}. */
public record TaskFile(String source, String name) implements Serializable {}

package dev.sluice.asl;

/**
 * Where and how a Map state's results are written, every path and expression resolved.
 *
 * @param bucket the destination bucket
 * @param prefix the key prefix ("" for none); files go under {@code <prefix>/<map run id>/}
 * @param outputType JSON (one array per file) or JSONL (one result per line)
 * @param transformation NONE (each child execution's details), COMPACT (its output, or its error
 *     and cause) or FLATTEN (COMPACT, with array outputs spread into the file)
 */
public record ResultWrite(String bucket, String prefix, String outputType, String transformation) {}

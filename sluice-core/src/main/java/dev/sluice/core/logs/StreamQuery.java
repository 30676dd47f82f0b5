package dev.sluice.core.logs;

/**
 * DescribeLogStreams' request.
 *
 * @param prefix streams whose name starts with this, or null (not with {@code LAST_EVENT_TIME})
 * @param order the order, or null for {@code LOG_STREAM_NAME}
 * @param nextToken the token of the previous page, or null
 * @param limit at most this many (1 to 50), or null for 50
 */
public record StreamQuery(
    String group,
    String prefix,
    StreamOrder order,
    boolean descending,
    String nextToken,
    Integer limit) {}

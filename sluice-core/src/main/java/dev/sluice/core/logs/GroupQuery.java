package dev.sluice.core.logs;

/**
 * DescribeLogGroups' request.
 *
 * @param prefix groups whose name starts with this, or null
 * @param nextToken the token of the previous page, or null
 * @param limit at most this many (1 to 50), or null for 50
 */
public record GroupQuery(String prefix, String nextToken, Integer limit) {}

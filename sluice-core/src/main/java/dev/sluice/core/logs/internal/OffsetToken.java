package dev.sluice.core.logs.internal;

import dev.sluice.core.result.Result;

/** The paging token of DescribeLogGroups and DescribeLogStreams: how many came before. */
final class OffsetToken {
  private OffsetToken() {}

  static Result<Integer> parse(String token) {
    if (token == null) {
      return Result.ok(0);
    }
    if (!token.matches("o/[0-9]{1,9}")) {
      return Result.err(LogFailures.invalidToken());
    }
    return Result.ok(Integer.parseInt(token.substring(2)));
  }

  static String of(int offset) {
    return "o/" + offset;
  }
}

package dev.sluice.aws.gateway.internal;

import java.util.List;
import java.util.Optional;

/** The REST path prefixes of Lambda and Scheduler (from their API models). */
final class RestPaths {
  private static final List<String> LAMBDA =
      List.of(
          "/2014-11-13/functions",
          "/2015-03-31/event-source-mappings",
          "/2015-03-31/functions",
          "/2016-08-19/account-settings",
          "/2017-03-31/tags",
          "/2017-10-31/functions",
          "/2018-10-31/layers",
          "/2019-09-25/functions",
          "/2019-09-30/functions",
          "/2020-04-22/code-signing-configs",
          "/2020-06-30/functions",
          "/2021-07-20/functions",
          "/2021-10-31/functions",
          "/2021-11-15/functions",
          "/2024-08-31/functions",
          "/2025-11-30/capacity-providers",
          "/2025-11-30/functions",
          "/2025-12-01/durable-execution-callbacks",
          "/2025-12-01/durable-executions",
          "/2025-12-01/functions");
  private static final List<String> SCHEDULER = List.of("/schedules", "/schedule-groups");

  private RestPaths() {}

  static Optional<String> serviceOf(String rawPath) {
    if (LAMBDA.stream().anyMatch(prefix -> under(rawPath, prefix))) {
      return Optional.of(KnownService.LAMBDA.signingName());
    }
    if (SCHEDULER.stream().anyMatch(prefix -> under(rawPath, prefix))) {
      return Optional.of(KnownService.SCHEDULER.signingName());
    }
    return Optional.empty();
  }

  private static boolean under(String path, String prefix) {
    return path.startsWith(prefix)
        && (path.length() == prefix.length() || path.charAt(prefix.length()) == '/');
  }
}

package dev.sluice.core.logs;

import java.util.List;

/** One page of DescribeLogGroups; {@code nextToken} is null on the last page. */
public record GroupPage(List<LogGroup> groups, String nextToken) {

  public GroupPage {
    groups = List.copyOf(groups);
  }
}

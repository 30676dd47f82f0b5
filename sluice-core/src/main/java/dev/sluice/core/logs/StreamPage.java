package dev.sluice.core.logs;

import java.util.List;

/** One page of DescribeLogStreams; {@code nextToken} is null on the last page. */
public record StreamPage(List<LogStream> streams, String nextToken) {

  public StreamPage {
    streams = List.copyOf(streams);
  }
}

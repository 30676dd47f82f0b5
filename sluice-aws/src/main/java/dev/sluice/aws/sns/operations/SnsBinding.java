package dev.sluice.aws.sns.operations;

import dev.sluice.aws.sns.internal.ResultXml;
import dev.sluice.aws.sns.internal.SnsRequest;
import dev.sluice.core.result.Result;

/**
 * One SNS action on the wire: reads and checks its parameters, calls the topic service, builds its
 * result element. Failures are returned and rendered by the endpoint.
 */
@FunctionalInterface
public interface SnsBinding {
  Result<ResultXml> handle(SnsRequest request);
}

package dev.sluice.core.topics.delivery;

import dev.sluice.core.result.Result;
import java.util.Map;

/**
 * Posts one SNS message to an http/https subscriber. {@code Ok} carries the status the endpoint
 * answered; {@code Err} that it could not be reached or did not answer in time.
 */
public interface WebhookClient {
  Result<Integer> post(String url, Map<String, String> headers, String body);
}

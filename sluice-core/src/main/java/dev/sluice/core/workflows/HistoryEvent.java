package dev.sluice.core.workflows;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;

/**
 * One history event exactly as GetExecutionHistory returns it.
 *
 * @param id 1 for ExecutionStarted, then consecutive
 * @param previousEventId the event this one follows (0 for the first)
 * @param timestamp when it happened, on Sluice's clock
 * @param type AWS's event type, e.g. {@code TaskStateEntered}
 * @param detailsKey the member holding the details, e.g. {@code stateEnteredEventDetails}; null for
 *     events without details
 * @param details the details object, or null
 */
public record HistoryEvent(
    long id,
    long previousEventId,
    Instant timestamp,
    String type,
    String detailsKey,
    ObjectNode details) {}

package dev.sluice.store.dispatch;

import dev.sluice.core.events.EventConsumer;
import dev.sluice.core.events.OutboxEvent;
import dev.sluice.core.result.Result;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.function.Function;

/** A consumer that remembers what it was given and answers as told. */
final class RecordingConsumer implements EventConsumer {
  private final String service;
  private final Function<OutboxEvent, Result<Void>> answer;
  final BlockingQueue<OutboxEvent> received = new LinkedBlockingQueue<>();

  RecordingConsumer(String service, Function<OutboxEvent, Result<Void>> answer) {
    this.service = service;
    this.answer = answer;
  }

  static RecordingConsumer accepting(String service) {
    return new RecordingConsumer(service, e -> Result.ok(null));
  }

  @Override
  public String service() {
    return service;
  }

  @Override
  public Result<Void> deliver(OutboxEvent event) {
    received.add(event);
    return answer.apply(event);
  }

  List<String> payloads() {
    return received.stream().map(OutboxEvent::payload).toList();
  }
}

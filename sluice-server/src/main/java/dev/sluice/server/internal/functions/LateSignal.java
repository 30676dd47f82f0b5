package dev.sluice.server.internal.functions;

import dev.sluice.core.events.EventSignal;

/**
 * An {@link EventSignal} connected after construction (the dispatcher needs its consumers first).
 */
public final class LateSignal implements EventSignal {
  private volatile EventSignal target = EventSignal.none();

  public void connect(EventSignal signal) {
    this.target = signal;
  }

  @Override
  public void eventsCommitted() {
    target.eventsCommitted();
  }
}

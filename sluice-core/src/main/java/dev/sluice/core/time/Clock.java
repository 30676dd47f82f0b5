package dev.sluice.core.time;

import java.time.Instant;

/** The one clock every service reads. Virtual time plugs in here. */
public interface Clock {
  Instant now();

  static Clock system() {
    return Instant::now;
  }
}

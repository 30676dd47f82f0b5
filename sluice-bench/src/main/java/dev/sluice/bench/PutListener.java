package dev.sluice.bench;

/** Told the key of every PUT {@link PacedPuts} sends, right before it is sent. */
interface PutListener {
  void sending(String key);
}

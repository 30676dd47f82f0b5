package dev.sluice.core.topics.delivery;

import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

/** The signing key, made once (by whichever node asks first) and then read from its store. */
public final class SigningKeys implements Supplier<SigningKey> {
  private final SigningKeyStore store;
  private final Supplier<Instant> now;
  private final AtomicReference<SigningKey> cached = new AtomicReference<>();

  public SigningKeys(SigningKeyStore store, Supplier<Instant> now) {
    this.store = store;
    this.now = now;
  }

  @Override
  public SigningKey get() {
    var key = cached.get();
    if (key == null) {
      key = store.load().orElseGet(() -> store.storeIfAbsent(SigningKey.generate(now.get())));
      cached.compareAndSet(null, key);
    }
    return cached.get();
  }

  /** A store for one process: the key lives as long as it does. */
  public static SigningKeyStore inMemory() {
    var held = new AtomicReference<SigningKey>();
    return new SigningKeyStore() {
      @Override
      public Optional<SigningKey> load() {
        return Optional.ofNullable(held.get());
      }

      @Override
      public SigningKey storeIfAbsent(SigningKey key) {
        held.compareAndSet(null, key);
        return held.get();
      }
    };
  }
}

package dev.sluice.core.topics.delivery;

import java.util.Optional;

/**
 * Where the one signing key lives so that every node signs with it (the store; {@link
 * SigningKeys#inMemory()} for a single process).
 */
public interface SigningKeyStore {

  /** The stored key, if one was stored. */
  Optional<SigningKey> load();

  /** Stores {@code key} unless a key is stored already; answers the key stored after. */
  SigningKey storeIfAbsent(SigningKey key);
}

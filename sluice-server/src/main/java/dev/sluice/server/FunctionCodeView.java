package dev.sluice.server;

import dev.sluice.core.functions.CodeBundle;
import java.util.Optional;

/**
 * The deployment packages GetFunction's {@code Code.Location} points at, served by the admin route
 * {@code /_sluice/functions/<name>/code/<sha256>}.
 */
@FunctionalInterface
public interface FunctionCodeView {

  /** The package of function {@code name} with this SHA-256 (hex), if it has one. */
  Optional<CodeBundle> find(String name, String sha256);

  /** No functions, for a Sluice without them. */
  static FunctionCodeView none() {
    return (name, sha256) -> Optional.empty();
  }
}

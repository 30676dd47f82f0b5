package dev.sluice.server;

/**
 * Sluice could not start: the configuration is refused, or the port is taken. The message is one
 * line meant for the person who started it.
 */
public final class SluiceStartException extends RuntimeException {
  public SluiceStartException(String message) {
    super(message);
  }

  public SluiceStartException(String message, Throwable cause) {
    super(message, cause);
  }
}

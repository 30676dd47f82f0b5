package dev.sluice.runtime.internal;

/** How the runtime inside an instance ended an invocation (a timeout is the absence of one). */
sealed interface Ending {

  /** The runtime posted the handler's result. */
  record Replied(byte[] payload) implements Ending {}

  /** The runtime posted an error for the invocation (or Sluice refused its response). */
  record Errored(byte[] payload, String errorType) implements Ending {}

  /** The runtime failed to initialise and posted why; the instance is useless now. */
  record InitFailed(byte[] payload, String errorType) implements Ending {}

  /** The process ended before answering, with this exit value. */
  record Exited(int exitValue) implements Ending {}
}

package dev.sluice.runtime.internal;

import dev.sluice.core.functions.InstanceSpec;
import dev.sluice.core.functions.Invocation;
import dev.sluice.core.functions.InvocationOutcome;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * One running instance of a function version: a process, its Runtime API server and its log stream.
 * Serves one invocation at a time; a timeout, an exit or an init error ends it for good.
 */
final class Instance {

  /** Lambda gives a runtime 10 s to initialise (longer when the function's timeout is longer). */
  private static final long INIT_LIMIT_MILLIS = 10_000;

  final SpecKey key;
  final long generation;
  private final InstanceSpec spec;
  private final Process process;
  private final RuntimeApiServer server;
  private final InstanceLog log;
  private final OutputPump pump;
  private final long startedAt;
  private volatile Dispatch inFlight;
  private volatile boolean dead;
  private boolean warm;
  private long peakMemoryMb;
  private long idleSince;

  Instance(
      InstanceSpec spec,
      long generation,
      Process process,
      RuntimeApiServer server,
      InstanceLog log,
      OutputPump pump,
      long startedAt) {
    this.key = SpecKey.of(spec);
    this.generation = generation;
    this.spec = spec;
    this.process = process;
    this.server = server;
    this.log = log;
    this.pump = pump;
    this.startedAt = startedAt;
    process.onExit().thenAccept(this::exited);
  }

  long pid() {
    return process.pid();
  }

  boolean alive() {
    return !dead && process.isAlive();
  }

  long idleSince() {
    return idleSince;
  }

  void markIdle() {
    idleSince = System.nanoTime();
  }

  InvocationOutcome invoke(Invocation invocation) {
    var arn =
        invocation.invokedFunctionArn() != null
            ? invocation.invokedFunctionArn()
            : spec.functionArn();
    var dispatch = new Dispatch(invocation, arn, spec.timeout(), TraceIds.next());
    inFlight = dispatch;
    if (dead) {
      process.onExit().thenAccept(p -> dispatch.ending.complete(new Ending.Exited(p.exitValue())));
    }
    var initialised = warm || awaitInit(dispatch);
    pump.drain();
    log.begin(LambdaLines.start(invocation.requestId(), spec.version()));
    Ending ending = null;
    if (initialised || dispatch.ending.isDone()) {
      server.offer(dispatch);
      ending = await(dispatch);
    }
    var ended = System.nanoTime();
    peakMemoryMb = Math.max(peakMemoryMb, PeakMemory.megabytes(process.pid()));
    if (ending == null) {
      stop();
    }
    pump.drain();
    var closing = new ArrayList<String>();
    var outcome = outcome(dispatch, ending, closing);
    closing.add(LambdaLines.end(invocation.requestId()));
    closing.add(report(dispatch, ended));
    var tail = log.end(closing);
    inFlight = null;
    warm = true;
    if (ending instanceof Ending.InitFailed) {
      stop();
    }
    return withTail(outcome, invocation.tailLog() ? tail : null);
  }

  /**
   * Waits until a new process is ready for its first invocation (its first {@code /next}), failed
   * to initialise or exited; false when it took longer than init may take.
   */
  private boolean awaitInit(Dispatch dispatch) {
    try {
      CompletableFuture.anyOf(server.firstPoll(), server.initFailure(), dispatch.ending)
          .get(initLimitMillis(), TimeUnit.MILLISECONDS);
      return true;
    } catch (TimeoutException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    } catch (ExecutionException e) {
      throw new IllegalStateException(e);
    }
  }

  private long initLimitMillis() {
    return Math.max(INIT_LIMIT_MILLIS, spec.timeout().toMillis());
  }

  private Ending await(Dispatch dispatch) {
    try {
      CompletableFuture.anyOf(dispatch.delivered, dispatch.ending)
          .get(initLimitMillis(), TimeUnit.MILLISECONDS);
      if (!dispatch.ending.isDone()) {
        var remaining = dispatch.delivered.join() - System.currentTimeMillis();
        return dispatch.ending.get(Math.max(remaining, 0), TimeUnit.MILLISECONDS);
      }
      return dispatch.ending.join();
    } catch (TimeoutException e) {
      return null;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return null;
    } catch (ExecutionException e) {
      throw new IllegalStateException(e);
    }
  }

  private InvocationOutcome outcome(Dispatch dispatch, Ending ending, List<String> logLines) {
    var requestId = dispatch.requestId();
    return switch (ending) {
      case Ending.Replied replied -> new InvocationOutcome.Returned(replied.payload(), null);
      case Ending.Errored errored ->
          new InvocationOutcome.Failed(errored.payload(), errored.errorType(), null);
      case Ending.InitFailed failed ->
          new InvocationOutcome.Failed(failed.payload(), failed.errorType(), null);
      case Ending.Exited exited -> {
        var message = LambdaLines.exited(requestId, exited.exitValue());
        logLines.add(message + "\nRuntime.ExitError");
        yield new InvocationOutcome.Failed(
            ErrorBodies.of("Runtime.ExitError", message), "Runtime.ExitError", null);
      }
      case null -> {
        var message = LambdaLines.timedOut(Instant.now(), requestId, spec.timeout().toMillis());
        logLines.add(message);
        yield new InvocationOutcome.Failed(
            ErrorBodies.messageOnly(message), "Sandbox.Timedout", null);
      }
    };
  }

  private String report(Dispatch dispatch, long ended) {
    var delivered = dispatch.deliveredAt;
    var durationMillis = delivered == 0 ? 0 : (ended - delivered) / 1e6;
    var initMillis = -1.0;
    if (!warm && server.firstPoll().isDone()) {
      initMillis = (server.firstPoll().join() - startedAt) / 1e6;
    }
    return LambdaLines.report(
        dispatch.requestId(), durationMillis, spec.memoryMb(), peakMemoryMb, initMillis);
  }

  private static InvocationOutcome withTail(InvocationOutcome outcome, String tail) {
    return switch (outcome) {
      case InvocationOutcome.Returned returned ->
          new InvocationOutcome.Returned(returned.payload(), tail);
      case InvocationOutcome.Failed failed ->
          new InvocationOutcome.Failed(failed.payload(), failed.errorType(), tail);
    };
  }

  private void exited(Process exitedProcess) {
    dead = true;
    var dispatch = inFlight;
    if (dispatch != null) {
      dispatch.ending.complete(new Ending.Exited(exitedProcess.exitValue()));
    }
    server.close();
  }

  /**
   * Kills the process and everything it started, closes the Runtime API and waits (briefly) until
   * the process is gone.
   */
  void stop() {
    dead = true;
    var children = process.descendants().toList();
    process.destroyForcibly();
    children.forEach(ProcessHandle::destroyForcibly);
    server.close();
    try {
      process.onExit().get(2, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (ExecutionException | TimeoutException e) {
      // SIGKILL was sent; the kernel reaps the process on its own
    }
  }
}

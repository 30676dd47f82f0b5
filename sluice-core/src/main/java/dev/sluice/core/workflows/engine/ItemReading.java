package dev.sluice.core.workflows.engine;

import dev.sluice.asl.Interpreter;
import dev.sluice.asl.ItemRead;
import dev.sluice.asl.ListedObject;
import dev.sluice.asl.ListingItems;
import dev.sluice.asl.ObjectItems;
import dev.sluice.asl.ReaderOutcome;
import dev.sluice.asl.State;
import dev.sluice.asl.Step;
import dev.sluice.core.result.Result;
import java.util.List;

/**
 * Does a Map state's ItemReader read through the object store and hands the items back to the
 * interpreter; a failed read is a {@code States.ItemReaderFailed} step with S3's message.
 */
final class ItemReading {
  private ItemReading() {}

  /** The Map's next step once {@code read} is done: RunItems, or Failed. */
  static Step items(ScopeRun scope, State state, ItemRead read) {
    MapObjects objects = scope.machinery.objects().orElse(null);
    if (objects == null) {
      return failed("Sluice has no object store to read the items from.");
    }
    ReaderOutcome outcome =
        switch (read.action()) {
          case "getObject" -> parsed(read, objects.read(read.bucket(), read.key()));
          case "listObjectsV2" -> listed(read, objects.list(read.bucket(), read.prefix()));
          default ->
              ReaderOutcome.Failed.reader(
                  "Sluice does not support the ItemReader resource action '"
                      + read.action()
                      + "'.");
        };
    return switch (outcome) {
      case ReaderOutcome.Failed f -> new Step.Failed(f.error(), f.cause());
      case ReaderOutcome.Items items ->
          Interpreter.items(
              scope.machine,
              state.name(),
              scope.position.input(),
              items.items(),
              scope.context(0, null));
    };
  }

  /** Whether {@code step} is a failed read (the Map run fails before any child started). */
  static boolean readFailed(Step step) {
    return step instanceof Step.Failed failed
        && ReaderOutcome.ITEM_READER_FAILED.equals(failed.error());
  }

  private static ReaderOutcome parsed(ItemRead read, Result<String> body) {
    return switch (body) {
      case Result.Err<String> err -> ReaderOutcome.Failed.reader(err.failure().message());
      case Result.Ok<String> ok -> ObjectItems.of(read, ok.value());
    };
  }

  private static ReaderOutcome listed(ItemRead read, Result<List<ListedObject>> listing) {
    return switch (listing) {
      case Result.Err<List<ListedObject>> err ->
          ReaderOutcome.Failed.reader(err.failure().message());
      case Result.Ok<List<ListedObject>> ok -> ListingItems.of(read, ok.value());
    };
  }

  private static Step failed(String cause) {
    return new Step.Failed(ReaderOutcome.ITEM_READER_FAILED, cause);
  }
}

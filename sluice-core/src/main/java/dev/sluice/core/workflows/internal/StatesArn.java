package dev.sluice.core.workflows.internal;

import dev.sluice.core.result.Failure;
import dev.sluice.core.result.Result;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * A Step Functions ARN taken apart: {@code
 * arn:<partition>:states:<region>:<account>:<type>:<resource parts>}. Checks that the type fits the
 * operation and the parts their type, with Step Functions' InvalidArn messages.
 *
 * @param prefix {@code arn:<partition>:states:<region>:<account>}
 * @param type {@code stateMachine}, {@code execution}, {@code express}, {@code activity}
 * @param parts the resource parts after the type
 */
record StatesArn(String raw, String prefix, String type, List<String> parts) {

  static final String MACHINE = "stateMachine";
  static final String EXECUTION = "execution";
  static final String EXPRESS = "express";
  static final String ACTIVITY = "activity";

  StatesArn {
    parts = List.copyOf(parts);
  }

  /** Parses {@code raw}, which must be of one of {@code types}. */
  static Result<StatesArn> parse(String raw, Set<String> types) {
    var pieces = raw == null ? new String[0] : raw.split(":", -1);
    if (pieces.length < 7
        || !pieces[0].equals("arn")
        || pieces[1].isEmpty()
        || !pieces[2].equals("states")) {
      return Result.err(WorkflowFailures.arnPrefix(raw));
    }
    if (!types.contains(pieces[5])) {
      return Result.err(WorkflowFailures.arnType(pieces[5]));
    }
    var arn =
        new StatesArn(
            raw,
            String.join(":", Arrays.copyOf(pieces, 5)),
            pieces[5],
            Arrays.asList(pieces).subList(6, pieces.length));
    return arn.wellFormed() ? Result.ok(arn) : Result.err(WorkflowFailures.arn(raw));
  }

  /** A machine's unqualified ARN. */
  static Result<StatesArn> machine(String raw) {
    return parse(raw, Set.of(MACHINE))
        .flatMap(arn -> arn.qualified() ? Result.err(machineMissing(raw)) : Result.ok(arn));
  }

  /** A machine's ARN, or a version's or an alias's. */
  static Result<StatesArn> machineOrQualified(String raw) {
    return parse(raw, Set.of(MACHINE));
  }

  /** A standard execution's ARN (express ones are not valid where this is asked). */
  static Result<StatesArn> execution(String raw) {
    return parse(raw, Set.of(EXECUTION));
  }

  static Result<StatesArn> activity(String raw) {
    return parse(raw, Set.of(ACTIVITY));
  }

  private static Failure machineMissing(String raw) {
    return WorkflowFailures.machineMissing(raw);
  }

  private boolean wellFormed() {
    int expected =
        switch (type) {
          case MACHINE -> parts.size() == 2 ? 2 : 1;
          case EXECUTION -> 2;
          case EXPRESS -> 3;
          default -> 1;
        };
    return parts.size() == expected && parts.stream().allMatch(ResourceNames::valid);
  }

  boolean qualified() {
    return type.equals(MACHINE) && parts.size() == 2;
  }

  /** A version's ARN: qualified by a number. */
  boolean version() {
    return qualified() && parts.get(1).chars().allMatch(Character::isDigit);
  }

  boolean alias() {
    return qualified() && !version();
  }

  /** The machine's name (machines, versions, aliases and executions). */
  String machineName() {
    return parts.get(0);
  }

  /** The unqualified machine ARN (machines, versions, aliases and executions). */
  String machineArn() {
    return prefix + ":" + MACHINE + ":" + machineName();
  }
}

package dev.sluice.store.internal.workflows;

/**
 * What a listing of executions names: a machine ({@code arn:<partition>:states:<region>:<account>:
 * stateMachine:<name>}), one of its versions ({@code ...:<name>:<number>}) or an alias ({@code
 * ...:<name>:<alias>}); the column of {@code sfn_executions} that holds it.
 */
enum ExecutionSource {
  MACHINE("machine_arn"),
  VERSION("version_arn"),
  ALIAS("alias_arn");

  private static final int MACHINE_ARN_PARTS = 7;

  private final String column;

  ExecutionSource(String column) {
    this.column = column;
  }

  String column() {
    return column;
  }

  static ExecutionSource of(String arn) {
    String[] parts = arn.split(":", -1);
    if (parts.length <= MACHINE_ARN_PARTS) {
      return MACHINE;
    }
    return parts[MACHINE_ARN_PARTS].matches("[0-9]+") ? VERSION : ALIAS;
  }
}

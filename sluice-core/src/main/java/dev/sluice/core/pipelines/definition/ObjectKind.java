package dev.sluice.core.pipelines.definition;

/** What a pipeline object is, by its {@code type}. */
public enum ObjectKind {
  ACTIVITY,
  RESOURCE,
  DATA_NODE,
  PRECONDITION,
  ACTION,
  SCHEDULE,
  DEFAULT,
  OTHER;

  public static ObjectKind of(String type) {
    if (type == null) {
      return OTHER;
    }
    return switch (type) {
      case "EmrActivity", "HadoopActivity", "ShellCommandActivity", "CopyActivity" -> ACTIVITY;
      case "EmrCluster", "Ec2Resource" -> RESOURCE;
      case "S3DataNode" -> DATA_NODE;
      case "S3KeyExists", "S3PrefixNotEmpty", "ShellCommandPrecondition" -> PRECONDITION;
      case "SnsAlarm", "Terminate" -> ACTION;
      case "Schedule" -> SCHEDULE;
      case "Default" -> DEFAULT;
      default -> OTHER;
    };
  }
}

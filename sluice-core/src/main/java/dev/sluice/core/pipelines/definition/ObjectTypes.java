package dev.sluice.core.pipelines.definition;

import dev.sluice.core.pipelines.definition.internal.Catalogue;
import java.util.Collection;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The object types Sluice runs (Default, Schedule, EmrCluster, EmrActivity, HadoopActivity,
 * ShellCommandActivity, CopyActivity, S3DataNode, SnsAlarm, Terminate, Ec2Resource, S3KeyExists,
 * S3PrefixNotEmpty, ShellCommandPrecondition) and the rules for field names that hold for all.
 */
public final class ObjectTypes {
  private static final Pattern USER_FIELD = Pattern.compile("my[A-Z_].*");

  /** Data Pipeline types Sluice does not run: a definition using them does not validate. */
  private static final Set<String> NOT_RUN =
      Set.of(
          "HiveActivity",
          "HiveCopyActivity",
          "PigActivity",
          "RedshiftCopyActivity",
          "SqlActivity",
          "DynamoDBDataNode",
          "MySqlDataNode",
          "RedshiftDataNode",
          "SqlDataNode",
          "DynamoDBDataExists",
          "DynamoDBTableExists",
          "Exists",
          "JdbcDatabase",
          "RdsDatabase",
          "RedshiftDatabase",
          "DynamoDBDataFormat",
          "DynamoDBExportDataFormat");

  /**
   * Data Pipeline types that only configure other objects (clusters, formats, proxies): accepted,
   * with a warning that Sluice ignores them.
   */
  private static final Set<String> IGNORED =
      Set.of(
          "EmrConfiguration",
          "Property",
          "EbsConfiguration",
          "EbsBlockDeviceConfig",
          "VolumeSpecification",
          "HttpProxy",
          "ShellScriptConfig",
          "CSV",
          "TSV",
          "Custom",
          "RegEx");

  private ObjectTypes() {}

  public static Optional<ObjectType> find(String name) {
    return Optional.ofNullable(Catalogue.types().get(name));
  }

  public static Collection<ObjectType> all() {
    return Catalogue.types().values();
  }

  /** The type of objects without a type of their own (Default, parents): any known field. */
  public static ObjectType anyType() {
    return Catalogue.types().get("Default");
  }

  /** A Data Pipeline type Sluice does not run ({@code HiveActivity}, {@code SqlDataNode}...). */
  public static boolean isNotRun(String name) {
    return NOT_RUN.contains(name);
  }

  /** A Data Pipeline type that only configures others, which Sluice accepts and ignores. */
  public static boolean isIgnored(String name) {
    return IGNORED.contains(name);
  }

  /** User-defined fields: {@code my} followed by an upper-case letter or an underscore. */
  public static boolean isUserDefined(String key) {
    return USER_FIELD.matcher(key).matches();
  }

  /** Runtime and system fields ({@code @status}, {@code @scheduledStartTime}, ...). */
  public static boolean isRuntime(String key) {
    return key.startsWith("@");
  }
}

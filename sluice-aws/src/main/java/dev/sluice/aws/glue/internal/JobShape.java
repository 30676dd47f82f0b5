package dev.sluice.aws.glue.internal;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.sluice.aws.protocol.ModelPattern;
import dev.sluice.core.jobs.JobDefinition;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The members of a job definition on the wire, as {@code JobUpdate} holds them (CreateJob's input
 * holds them too, beside its name and tags). Connections, NotificationProperty,
 * CodeGenConfigurationNodes and SourceControlDetails are kept as JSON text in the definition's
 * documents.
 */
public record JobShape(
    String jobMode,
    Boolean jobRunQueuingEnabled,
    String description,
    String logUri,
    String role,
    ExecutionPropertyShape executionProperty,
    CommandShape command,
    Map<String, String> defaultArguments,
    Map<String, String> nonOverridableArguments,
    ConnectionsShape connections,
    Integer maxRetries,
    Integer allocatedCapacity,
    Integer timeout,
    Double maxCapacity,
    String workerType,
    Integer numberOfWorkers,
    String securityConfiguration,
    NotificationShape notificationProperty,
    String glueVersion,
    Map<String, ObjectNode> codeGenConfigurationNodes,
    String executionClass,
    SourceControlShape sourceControlDetails,
    String maintenanceWindow) {

  public static final List<String> JOB_MODES = List.of("SCRIPT", "VISUAL", "NOTEBOOK");
  public static final List<String> WORKER_TYPES =
      List.of("Standard", "G.1X", "G.2X", "G.025X", "G.4X", "G.8X", "Z.2X");
  public static final List<String> EXECUTION_CLASSES = List.of("FLEX", "STANDARD");

  /** The documents' names, as the members they hold. */
  public static final List<String> DOCUMENTS =
      List.of(
          "Connections",
          "NotificationProperty",
          "CodeGenConfigurationNodes",
          "SourceControlDetails");

  private static final ModelPattern MULTI_LINE =
      ModelPattern.of("[\\u0020-\\uD7FF\\uE000-\\uFFFD\\uD800\\uDC00-\\uDBFF\\uDFFF\\r\\n\\t]*");
  private static final ModelPattern GLUE_VERSION = ModelPattern.of("^(\\w+\\.)+\\w+$");
  private static final ModelPattern MAINTENANCE_WINDOW =
      ModelPattern.of("^(Sun|Mon|Tue|Wed|Thu|Fri|Sat):([01]?[0-9]|2[0-3])$");

  /** Checks the members, named with {@code prefix} ({@code ""} or {@code "jobUpdate."}). */
  public Constraints check(Constraints constraints, String prefix) {
    constraints
        .oneOf(jobMode, prefix + "jobMode", JOB_MODES)
        .text(description, prefix + "description", 0, 2048, MULTI_LINE);
    CommandShape.check(constraints, command, prefix + "command")
        .entries(defaultArguments, prefix + "defaultArguments", null, null, false)
        .entries(nonOverridableArguments, prefix + "nonOverridableArguments", null, null, false);
    ConnectionsShape.check(constraints, connections, prefix + "connections")
        .atLeast(timeout, prefix + "timeout", 1)
        .oneOf(workerType, prefix + "workerType", WORKER_TYPES)
        .name(securityConfiguration, prefix + "securityConfiguration");
    NotificationShape.check(constraints, notificationProperty, prefix + "notificationProperty")
        .text(glueVersion, prefix + "glueVersion", 1, 255, GLUE_VERSION)
        .entries(
            codeGenConfigurationNodes,
            prefix + "codeGenConfigurationNodes",
            StringShapes.NODE_ID,
            null,
            true)
        .length(executionClass, prefix + "executionClass", 0, 16)
        .oneOf(executionClass, prefix + "executionClass", EXECUTION_CLASSES);
    return SourceControlShape.check(
            constraints, sourceControlDetails, prefix + "sourceControlDetails")
        .pattern(maintenanceWindow, prefix + "maintenanceWindow", MAINTENANCE_WINDOW);
  }

  /** The definition of job {@code name} these members describe, with {@code tags}. */
  public JobDefinition definition(String name, Map<String, String> tags) {
    return new JobDefinition(
        name,
        description,
        logUri,
        role,
        null,
        null,
        CommandShape.toCommand(command),
        defaultArguments,
        nonOverridableArguments,
        ExecutionPropertyShape.maxConcurrentRuns(executionProperty),
        maxRetries,
        allocatedCapacity,
        timeout,
        maxCapacity,
        workerType,
        numberOfWorkers,
        securityConfiguration,
        glueVersion,
        executionClass,
        jobMode,
        jobRunQueuingEnabled,
        maintenanceWindow,
        documents(),
        tags);
  }

  private Map<String, String> documents() {
    var documents = new LinkedHashMap<String, String>();
    putDocument(documents, "Connections", connections);
    putDocument(documents, "NotificationProperty", notificationProperty);
    putDocument(documents, "CodeGenConfigurationNodes", codeGenConfigurationNodes);
    putDocument(documents, "SourceControlDetails", sourceControlDetails);
    return documents;
  }

  private static void putDocument(Map<String, String> documents, String member, Object shape) {
    if (shape != null) {
      documents.put(member, GlueJson.document(shape));
    }
  }
}

package dev.sluice.core.pipelines.definition.internal;

import static dev.sluice.core.pipelines.definition.FieldSpec.oneOf;
import static dev.sluice.core.pipelines.definition.FieldSpec.ref;
import static dev.sluice.core.pipelines.definition.FieldSpec.text;
import static dev.sluice.core.pipelines.definition.internal.FieldSets.join;
import static dev.sluice.core.pipelines.definition.internal.FieldSets.resource;
import static dev.sluice.core.pipelines.definition.internal.FieldSets.runnable;
import static dev.sluice.core.pipelines.definition.internal.FieldSets.scheduled;
import static dev.sluice.core.pipelines.definition.internal.TypeBuilder.type;

import dev.sluice.core.pipelines.definition.FieldGroup;
import dev.sluice.core.pipelines.definition.FieldSpec;
import dev.sluice.core.pipelines.definition.ObjectType;
import dev.sluice.core.pipelines.definition.ValueType;
import java.util.List;
import java.util.Set;

/** EmrCluster and Ec2Resource. */
final class ResourceTypes {
  private static final Set<String> EMR_CONFIGURATION = Set.of("EmrConfiguration");
  private static final Set<String> EBS_CONFIGURATION = Set.of("EbsConfiguration");

  private ResourceTypes() {}

  static List<ObjectType> all() {
    return List.of(emrCluster(), ec2Resource());
  }

  private static ObjectType emrCluster() {
    return type("EmrCluster")
        .fields(join(runnable(), scheduled(), resource()))
        .fields(
            text("additionalMasterSecurityGroupIds"),
            text("additionalSlaveSecurityGroupIds"),
            text("amiVersion"),
            text("applications").repeated(),
            text("bootstrapAction").repeated(),
            ref("configuration", EMR_CONFIGURATION).repeated(),
            text("coreInstanceBidPrice"),
            FieldSpec.of("coreInstanceCount", ValueType.INTEGER),
            text("coreInstanceType"),
            ref("coreGroupConfiguration", EMR_CONFIGURATION),
            ref("coreEbsConfiguration", EBS_CONFIGURATION),
            ref("EbsBlockDeviceConfig", Set.of("EbsBlockDeviceConfig")),
            text("emrManagedMasterSecurityGroupId"),
            text("emrManagedSlaveSecurityGroupId"),
            text("enableDebugging"),
            text("hadoopVersion"),
            oneOf(
                "hadoopSchedulerType",
                "PARALLEL_FAIR_SCHEDULING",
                "PARALLEL_CAPACITY_SCHEDULING",
                "DEFAULT_SCHEDULER"),
            text("masterInstanceBidPrice"),
            text("masterInstanceType"),
            ref("masterGroupConfiguration", EMR_CONFIGURATION),
            ref("masterEbsConfiguration", EBS_CONFIGURATION),
            text("releaseLabel"),
            text("serviceAccessSecurityGroupId"),
            text("supportedProducts").repeated(),
            text("taskInstanceBidPrice"),
            FieldSpec.of("taskInstanceCount", ValueType.INTEGER),
            text("taskInstanceType"),
            ref("taskGroupConfiguration", EMR_CONFIGURATION),
            ref("taskEbsConfiguration", EBS_CONFIGURATION),
            ref("VolumeSpecification", Set.of("VolumeSpecification")))
        .group(FieldGroup.atMostOne("amiVersion", "releaseLabel"))
        .refused("runsOn", "workerGroup")
        .build();
  }

  private static ObjectType ec2Resource() {
    return type("Ec2Resource")
        .fields(join(runnable(), scheduled(), resource()))
        .fields(
            FieldSpec.of("associatePublicIpAddress", ValueType.BOOLEAN),
            text("imageId"),
            FieldSpec.of("instanceCount", ValueType.INTEGER),
            text("instanceType"),
            FieldSpec.of("minInstanceCount", ValueType.INTEGER),
            text("runAsUser"),
            text("securityGroupIds").repeated(),
            text("securityGroups").repeated(),
            text("spotBidPrice"))
        .required("resourceRole", "role")
        .refused("runsOn", "workerGroup")
        .build();
  }
}

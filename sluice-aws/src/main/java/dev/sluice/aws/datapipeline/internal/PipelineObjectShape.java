package dev.sluice.aws.datapipeline.internal;

import dev.sluice.core.pipelines.PipelineObject;
import java.util.List;

/** The wire's {@code PipelineObject}: an id and a name (1–1024 each) and its fields. */
public record PipelineObjectShape(String id, String name, List<FieldShape> fields) {

  /** Checks a {@code PipelineObjectList} named {@code member}. */
  public static Constraints check(
      Constraints constraints, List<PipelineObjectShape> objects, String member) {
    return constraints.each(
        objects,
        member,
        (object, at) -> {
          constraints
              .required(object.id(), at + ".id")
              .id(object.id(), at + ".id")
              .required(object.name(), at + ".name")
              .id(object.name(), at + ".name")
              .required(object.fields(), at + ".fields");
          FieldShape.check(constraints, object.fields(), at + ".fields");
        });
  }

  public static List<PipelineObject> toObjects(List<PipelineObjectShape> objects) {
    return objects == null ? null : objects.stream().map(PipelineObjectShape::toObject).toList();
  }

  public PipelineObject toObject() {
    return new PipelineObject(id, name, FieldShape.toFields(fields));
  }
}

package dev.sluice.core.pipelines;

import java.util.List;

/** One page of objects (DescribeObjects). */
public record ObjectPage(List<PipelineObject> objects, String marker, boolean hasMoreResults) {
  public ObjectPage {
    objects = List.copyOf(objects);
  }
}

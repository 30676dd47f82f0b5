package dev.sluice.asl;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The objects a ResultWriter writes, as AWS lays them out under {@code <prefix>/<map run id>/}:
 * {@code SUCCEEDED_0.json} and {@code FAILED_0.json} (when any child succeeded or failed) and
 * {@code manifest.json} listing them; and the Map state's output, {@code {"MapRunArn",
 * "ResultWriterDetails": {"Bucket", "Key"}}}.
 */
public final class ResultFiles {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private ResultFiles() {}

  /** One object to write. */
  public record ResultFile(String key, String text) {}

  /** The files to write, in order (manifest last), and the Map state's output. */
  public record Written(List<ResultFile> files, JsonNode output) {}

  /** The files for {@code runs}, the children of map run {@code mapRunArn}. */
  public static Written of(ResultWrite write, String mapRunArn, List<ChildRun> runs) {
    String directory = directory(write.prefix(), mapRunArn);
    List<ResultFile> files = new ArrayList<>();
    ObjectNode manifest = NODES.objectNode();
    manifest.put("DestinationBucket", write.bucket());
    manifest.put("MapRunArn", mapRunArn);
    ObjectNode listed = manifest.putObject("ResultFiles");
    for (String status : List.of("FAILED", "PENDING", "SUCCEEDED")) {
      ArrayNode entries = listed.putArray(status);
      List<ChildRun> matching =
          runs.stream().filter(r -> r.succeeded() == status.equals("SUCCEEDED")).toList();
      if (status.equals("PENDING") || matching.isEmpty()) {
        continue;
      }
      String extension = "JSONL".equals(write.outputType()) ? ".jsonl" : ".json";
      ResultFile file =
          new ResultFile(
              directory + status + "_0" + extension, ResultEntries.text(write, matching));
      files.add(file);
      entries
          .addObject()
          .put("Key", file.key())
          .put("Size", file.text().getBytes(StandardCharsets.UTF_8).length);
    }
    String manifestKey = directory + "manifest.json";
    files.add(new ResultFile(manifestKey, manifest.toString()));
    ObjectNode output = NODES.objectNode();
    output.put("MapRunArn", mapRunArn);
    output.putObject("ResultWriterDetails").put("Bucket", write.bucket()).put("Key", manifestKey);
    return new Written(files, output);
  }

  private static String directory(String prefix, String mapRunArn) {
    String id = mapRunArn.substring(mapRunArn.lastIndexOf(':') + 1);
    if (prefix == null || prefix.isEmpty()) {
      return id + "/";
    }
    return (prefix.endsWith("/") ? prefix : prefix + "/") + id + "/";
  }
}

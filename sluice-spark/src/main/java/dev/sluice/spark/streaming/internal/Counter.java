package dev.sluice.spark.streaming.internal;

/** The job counters Sluice keeps, with Hadoop's group and display names. */
public enum Counter {
  MAP_INPUT_RECORDS("Map-Reduce Framework", "Map input records"),
  MAP_OUTPUT_RECORDS("Map-Reduce Framework", "Map output records"),
  COMBINE_INPUT_RECORDS("Map-Reduce Framework", "Combine input records"),
  COMBINE_OUTPUT_RECORDS("Map-Reduce Framework", "Combine output records"),
  REDUCE_INPUT_GROUPS("Map-Reduce Framework", "Reduce input groups"),
  REDUCE_INPUT_RECORDS("Map-Reduce Framework", "Reduce input records"),
  REDUCE_OUTPUT_RECORDS("Map-Reduce Framework", "Reduce output records"),
  BYTES_READ("File Input Format Counters ", "Bytes Read"),
  BYTES_WRITTEN("File Output Format Counters ", "Bytes Written");

  private final String group;
  private final String displayName;

  Counter(String group, String displayName) {
    this.group = group;
    this.displayName = displayName;
  }

  public String group() {
    return group;
  }

  public String displayName() {
    return displayName;
  }
}

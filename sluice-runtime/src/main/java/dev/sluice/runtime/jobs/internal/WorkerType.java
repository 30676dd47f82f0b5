package dev.sluice.runtime.jobs.internal;

import java.util.List;
import java.util.Optional;

/** A Glue worker type: its virtual CPUs and memory, as Glue sizes them. */
public record WorkerType(String name, int cores, String memory) {

  public static final WorkerType STANDARD = new WorkerType("Standard", 4, "16g");
  public static final WorkerType G_1X = new WorkerType("G.1X", 4, "16g");

  static final List<WorkerType> ALL =
      List.of(
          STANDARD,
          new WorkerType("G.025X", 2, "4g"),
          G_1X,
          new WorkerType("G.2X", 8, "32g"),
          new WorkerType("G.4X", 16, "64g"),
          new WorkerType("G.8X", 32, "128g"),
          new WorkerType("Z.2X", 8, "64g"));

  public static Optional<WorkerType> named(String name) {
    return ALL.stream().filter(type -> type.name.equals(name)).findFirst();
  }
}

package dev.sluice.runtime.steps.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.jar.JarFile;

/** The class a jar's manifest names to run (its {@code Main-Class}). */
public final class MainClass {

  private MainClass() {}

  /** The jar's Main-Class; empty when it has none, a blank one, or is not a readable jar. */
  public static Optional<String> of(Path jar) {
    try (var file = new JarFile(jar.toFile())) {
      var manifest = file.getManifest();
      return Optional.ofNullable(
              manifest == null ? null : manifest.getMainAttributes().getValue("Main-Class"))
          .filter(name -> !name.isBlank());
    } catch (IOException e) {
      return Optional.empty();
    }
  }
}

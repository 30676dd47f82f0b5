package dev.sluice.server.cli;

import dev.sluice.server.Sluice;
import dev.sluice.server.SluiceConfig;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code sluice train-aot} (hidden): the training run the launcher records the JVM's start-up cache
 * from. Starts Sluice on a free port with a temporary data directory, sends it the requests a first
 * session sends (health, then S3 CreateBucket, PutObject, GetObject, ListObjectsV2), stops it and
 * removes the directory. Exit code 0 when every request got a 200.
 */
@Command(name = "train-aot", hidden = true, description = "Record a start-up training run.")
final class TrainAotCommand implements Callable<Integer> {
  private static final String BUCKET = "sluice-aot-training";

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws IOException {
    var dataDir = Files.createTempDirectory("sluice-aot-training");
    try {
      var config = SluiceConfig.defaults().withPort(0).withDataDir(dataDir);
      try (var running = Sluice.create(config).start()) {
        exercise(running.endpoint());
      }
      return 0;
    } catch (IllegalStateException refused) {
      SluiceCommand.fail(spec.commandLine(), refused.getMessage());
      return 1;
    } finally {
      deleteTree(dataDir);
    }
  }

  private static void exercise(URI endpoint) throws IOException {
    var body = "start-up training".getBytes(StandardCharsets.UTF_8);
    expectOk(SelfRequest.send(endpoint, "GET", "/_sluice/health", null), "health");
    expectOk(SelfRequest.send(endpoint, "PUT", "/" + BUCKET, new byte[0]), "CreateBucket");
    expectOk(SelfRequest.send(endpoint, "PUT", "/" + BUCKET + "/a/key.txt", body), "PutObject");
    expectOk(SelfRequest.send(endpoint, "GET", "/" + BUCKET + "/a/key.txt", null), "GetObject");
    expectOk(SelfRequest.send(endpoint, "GET", "/" + BUCKET + "?list-type=2", null), "ListObjects");
  }

  private static void expectOk(int status, String what) {
    if (status != 200) {
      throw new IllegalStateException("Training request " + what + " answered " + status);
    }
  }

  private static void deleteTree(Path root) {
    try (Stream<Path> paths = Files.walk(root)) {
      for (var path : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(path);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Could not remove the training directory " + root, e);
    }
  }
}

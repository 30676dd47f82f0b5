package dev.sluice.it.pipelines.scenario;

import dev.sluice.it.support.CliDefinition;
import dev.sluice.it.support.LambdaClients;
import dev.sluice.it.support.WordCounts;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.Map;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * The parts of {@code examples/wordcount} the scenario tests use as they are: the samples bucket
 * with the input and wordSplitter.py, the template pipeline (the CLI's file turned into the API's
 * shapes, with the test's topic), and the LambdaDP function's package.
 */
final class WordCountExample {
  static final String SAMPLES = "elasticmapreduce";
  static final String BUCKET = "example-bucket";
  static final String OUTPUT = "wordcount/output/";
  static final String EXAMPLE_TOPIC = "arn:aws:sns:us-east-1:000000000000:wordcount";

  private WordCountExample() {}

  /** Both buckets, with the example's input and mapper where the pipeline reads them. */
  static void createBuckets(S3Client s3) {
    s3.createBucket(b -> b.bucket(SAMPLES));
    s3.createBucket(b -> b.bucket(BUCKET));
    for (var file : WordCounts.files(WordCounts.EXAMPLE.resolve("input")).entrySet()) {
      s3.putObject(
          b -> b.bucket(SAMPLES).key("samples/wordcount/input/" + file.getKey()),
          RequestBody.fromFile(file.getValue()));
    }
    s3.putObject(
        b -> b.bucket(SAMPLES).key("samples/wordcount/wordSplitter.py"),
        RequestBody.fromFile(WordCounts.EXAMPLE.resolve("wordSplitter.py")));
  }

  /** The template pipeline of {@code pipeline.json}, its SnsAlarm publishing to {@code topic}. */
  static CliDefinition template(String topicArn) {
    return template(topicArn, "");
  }

  /** The template pipeline with {@code moreArgs} (",-name,value...") after its step's. */
  static CliDefinition template(String topicArn, String moreArgs) {
    return CliDefinition.parse(
        read("pipeline.json")
            .replace(EXAMPLE_TOPIC, topicArn)
            .replace(",-reducer,aggregate\"", ",-reducer,aggregate" + moreArgs + "\""));
  }

  /** The word count of the whole input, counted here. */
  static Map<String, String> expectedCounts() {
    return WordCounts.ofFiles(WordCounts.EXAMPLE.resolve("input"));
  }

  /** A zip with {@code function/index.js} as {@code index.js}. */
  static byte[] functionZip() {
    return LambdaClients.zip(Map.of("index.js", read("function/index.js")));
  }

  private static String read(String name) {
    try {
      return Files.readString(WordCounts.EXAMPLE.resolve(name));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}

package dev.sluice.runtime.steps.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sluice.core.result.Failure;
import dev.sluice.runtime.steps.internal.StreamingArgs.CacheFile;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class StreamingArgsParserTest {

  private static StreamingArgs parsed(String... args) {
    var result = StreamingArgsParser.parse(List.of(args));
    assertThat(result.isOk()).as("%s", result).isTrue();
    return result.value();
  }

  private static Failure refused(String... args) {
    var result = StreamingArgsParser.parse(List.of(args));
    assertThat(result.isOk()).as("%s", result).isFalse();
    return result.failure();
  }

  @Test
  void readsTheScenarioStep() {
    var args =
        parsed(
            "-input", "s3n://elasticmapreduce/samples/wordcount/input",
            "-output", "s3://out/wordcount/",
            "-mapper", "s3n://elasticmapreduce/samples/wordcount/wordSplitter.py",
            "-reducer", "aggregate");

    assertThat(args.inputs()).containsExactly("s3n://elasticmapreduce/samples/wordcount/input");
    assertThat(args.output()).isEqualTo("s3://out/wordcount/");
    assertThat(args.mapper()).isEqualTo("s3n://elasticmapreduce/samples/wordcount/wordSplitter.py");
    assertThat(args.reducer()).isEqualTo("aggregate");
    assertThat(args.combiner()).isNull();
    assertThat(args.numReduceTasks()).isNull();
  }

  @Test
  void readsEveryOtherOption() {
    var args =
        parsed(
            "-D",
            "mapreduce.job.name=wc",
            "-Dstream.num.map.output.key.fields=2",
            "-files",
            "s3://b/a.py,/opt/b.txt#bee",
            "-input",
            "in1,in2",
            "-input",
            "in3",
            "-output",
            "out",
            "-mapper",
            "python3 a.py -v",
            "-combiner",
            "uniq -c",
            "-reducer",
            "NONE",
            "-file",
            "/opt/c.sh",
            "-cacheFile",
            "s3://b/dict.txt#dict",
            "-numReduceTasks",
            "3",
            "-cmdenv",
            "LANG=C",
            "-cmdenv",
            "X=a=b",
            "-jobconf",
            "k=v",
            "-inputformat",
            "TextInputFormat",
            "-outputformat",
            "org.apache.hadoop.mapred.TextOutputFormat",
            "-verbose",
            "-D",
            "late=1");

    assertThat(args.inputs()).containsExactly("in1", "in2", "in3");
    assertThat(args.mapper()).isEqualTo("python3 a.py -v");
    assertThat(args.combiner()).isEqualTo("uniq -c");
    assertThat(args.reducer()).isEqualTo("NONE");
    assertThat(args.files()).containsExactly("s3://b/a.py", "/opt/c.sh");
    assertThat(args.cacheFiles())
        .containsExactly(
            new CacheFile("/opt/b.txt", "bee"), new CacheFile("s3://b/dict.txt", "dict"));
    assertThat(args.numReduceTasks()).isEqualTo(3);
    assertThat(args.cmdenv()).containsExactly(Map.entry("LANG", "C"), Map.entry("X", "a=b"));
    assertThat(args.conf())
        .containsExactly(
            Map.entry("mapreduce.job.name", "wc"),
            Map.entry("stream.num.map.output.key.fields", "2"),
            Map.entry("k", "v"),
            Map.entry("late", "1"));
  }

  @Test
  void aCacheFileWithoutALinkIsCalledByItsName() {
    assertThat(
            parsed("-input", "i", "-output", "o", "-cacheFile", "s3://b/x/dict.txt").cacheFiles())
        .containsExactly(new CacheFile("s3://b/x/dict.txt", "dict.txt"));
  }

  @Test
  void hadoopsIdentityClassesBecomeCatAndTheIdentityReducer() {
    var args =
        parsed(
            "-input",
            "i",
            "-output",
            "o",
            "-mapper",
            "org.apache.hadoop.mapred.lib.IdentityMapper",
            "-reducer",
            "org.apache.hadoop.mapred.lib.IdentityReducer");

    assertThat(args.mapper()).isEqualTo("cat");
    assertThat(args.reducer()).isNull();
    assertThat(parsed("-input", "i", "-output", "o").mapper()).isEqualTo("cat");
  }

  @Test
  void refusesJavaClassCommands() {
    assertThat(
            refused(
                    "-input",
                    "i",
                    "-output",
                    "o",
                    "-reducer",
                    "org.apache.hadoop.mapred.lib.aggregate.ValueAggregatorReducer")
                .message())
        .isEqualTo(
            "Sluice's Hadoop streaming runs commands, not Java classes:"
                + " org.apache.hadoop.mapred.lib.aggregate.ValueAggregatorReducer");
  }

  @Test
  void requiresAnInputAndAnOutput() {
    assertThat(refused("-output", "o", "-mapper", "cat").message())
        .isEqualTo("Required argument: -input <name>");
    assertThat(refused("-input", "i").message()).isEqualTo("Required argument: -output <name>");
  }

  @Test
  void refusesUnknownOptionsWithTheUsage() {
    var failure = refused("-input", "i", "-output", "o", "-mapperr", "cat");

    assertThat(failure.message()).isEqualTo("Unrecognized option: -mapperr");
    assertThat(failure.details().get("detail"))
        .startsWith("Unrecognized option: -mapperr\nUsage: hadoop jar hadoop-streaming.jar")
        .contains("-numReduceTasks <n>");
  }

  @Test
  void refusesOptionsSluiceCannotHonourByName() {
    for (var option : List.of("-archives", "-cacheArchive", "-partitioner", "-libjars")) {
      assertThat(refused("-input", "i", "-output", "o", option, "x").message())
          .isEqualTo("Sluice's Hadoop streaming does not support " + option);
    }
  }

  @Test
  void acceptsTextFormatsOnly() {
    parsed(
        "-input", "i", "-output", "o", "-inputformat", "org.apache.hadoop.mapred.TextInputFormat");

    assertThat(
            refused("-input", "i", "-output", "o", "-inputformat", "SequenceFileAsTextInputFormat")
                .message())
        .isEqualTo(
            "Sluice's Hadoop streaming reads and writes text only: -inputformat"
                + " SequenceFileAsTextInputFormat is not supported (use TextInputFormat)");
    assertThat(
            refused("-input", "i", "-output", "o", "-outputformat", "com.example.TextOutputFormat")
                .message())
        .contains("-outputformat com.example.TextOutputFormat is not supported");
  }

  @Test
  void refusesMissingAndMalformedValues() {
    assertThat(refused("-input", "i", "-output").message())
        .isEqualTo("Missing argument for option: output");
    assertThat(refused("-input", "i", "-output", "o", "-numReduceTasks", "two").message())
        .isEqualTo("-numReduceTasks: not a number: two");
    assertThat(refused("-input", "i", "-output", "o", "-numReduceTasks", "-1").message())
        .isEqualTo("-numReduceTasks: must not be negative: -1");
    assertThat(refused("-input", "i", "-output", "o", "-cmdenv", "NOVALUE").message())
        .isEqualTo("-cmdenv: the argument must be name=value, not NOVALUE");
    assertThat(refused("-D", "=x", "-input", "i", "-output", "o").message())
        .isEqualTo("-D: the argument must be name=value, not =x");
  }
}

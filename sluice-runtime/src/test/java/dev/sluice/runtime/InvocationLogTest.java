package dev.sluice.runtime;

import static dev.sluice.runtime.NodeHandlersTest.seconds;
import static dev.sluice.runtime.RuntimeFixture.spec;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class InvocationLogTest extends RuntimeTestCase {

  static final String HANDLER =
      """
      console.log('cold start');
      exports.handler = async (event) => {
        console.log('hello', event.name);
        console.error('two\\nlines');
        process.stdout.write('raw output\\n');
        if (event.bulk) { for (let i = 0; i < 200; i++) console.log('line ' + i); }
        return 'ok';
      };
      """;

  @Test
  void writesStartOutputEndAndReportLinesToTheInstancesStream() {
    var spec =
        spec(
            "nodejs20.x",
            "index.handler",
            FunctionZips.zip(Map.of("index.js", HANDLER)),
            seconds(5));
    fixture.invoke(spec, "{\"name\":\"first\"}");
    fixture.invoke(spec, "{\"name\":\"second\"}");

    var lines = fixture.logs.messages(spec.logGroup());
    assertThat(fixture.logs.streams(spec.logGroup())).hasSize(1);
    assertThat(lines.stream().filter(line -> line.startsWith("START RequestId: ")))
        .hasSize(2)
        .allMatch(line -> line.matches("START RequestId: [0-9a-f-]{36} Version: \\$LATEST"));
    var hello = lines.stream().filter(line -> line.contains("\tINFO\thello first")).findFirst();
    assertThat(hello.orElseThrow())
        .matches(
            "\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z\t[0-9a-f-]{36}\tINFO\thello first");
    assertThat(lines).anyMatch(line -> line.endsWith("\tERROR\ttwo\nlines"));
    assertThat(lines).contains("raw output");
    assertThat(lines).anyMatch(line -> line.endsWith("\tundefined\tINFO\tcold start"));
    var reports = lines.stream().filter(line -> line.startsWith("REPORT ")).toList();
    assertThat(reports).hasSize(2);
    assertThat(reports.get(0))
        .matches(
            "REPORT RequestId: [0-9a-f-]{36}\tDuration: \\d+\\.\\d\\d ms\tBilled Duration: \\d+ ms"
                + "\tMemory Size: 256 MB\tMax Memory Used: [1-9]\\d* MB\tInit Duration: \\d+\\.\\d\\d ms");
    assertThat(reports.get(1)).doesNotContain("Init Duration");
    var firstEnd =
        lines.indexOf(lines.stream().filter(l -> l.startsWith("END ")).findFirst().get());
    assertThat(lines.indexOf(hello.get())).isLessThan(firstEnd);
    assertThat(lines.get(firstEnd + 1)).startsWith("REPORT ");
  }

  @Test
  void splitsALineLongerThanACloudWatchEventIntoSeveralEvents() {
    var code =
        FunctionZips.zip(
            Map.of(
                "index.js",
                "exports.handler = async () => { process.stdout.write('x'.repeat(600000) + '\\n'); };"));
    var spec = spec("nodejs20.x", "index.handler", code, seconds(5));
    fixture.invoke(spec, "{}");
    var pieces =
        fixture.logs.messages(spec.logGroup()).stream()
            .filter(line -> line.startsWith("x"))
            .toList();
    assertThat(pieces).hasSize(3).allMatch(piece -> piece.length() <= 262_118);
    assertThat(pieces.stream().mapToInt(String::length).sum()).isEqualTo(600_000);
  }

  @Test
  void returnsTheLastFourKilobytesOfTheInvocationsLogWhenAskedFor() {
    var spec =
        spec(
            "nodejs20.x",
            "index.handler",
            FunctionZips.zip(Map.of("index.js", HANDLER)),
            seconds(5));
    var quiet = fixture.invoke(spec, "{\"name\":\"quiet\"}", true);
    assertThat(quiet.logTail()).startsWith("START RequestId: ");
    assertThat(quiet.logTail()).contains("\tINFO\thello quiet\n").contains("raw output\n");
    assertThat(quiet.logTail()).doesNotContain("cold start");
    assertThat(quiet.logTail()).containsPattern("END RequestId: .*\nREPORT RequestId: .*\n$");

    var bulk = fixture.invoke(spec, "{\"name\":\"bulk\",\"bulk\":true}", true);
    assertThat(bulk.logTail().getBytes(java.nio.charset.StandardCharsets.UTF_8).length)
        .isLessThanOrEqualTo(4096)
        .isGreaterThan(4000);
    assertThat(bulk.logTail()).contains("line 199").doesNotContain("hello bulk");
    assertThat(fixture.invoke(spec, "{\"name\":\"untold\"}").logTail()).isNull();
  }
}

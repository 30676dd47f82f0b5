package dev.sluice.runtime;

import static dev.sluice.runtime.NodeHandlersTest.seconds;
import static dev.sluice.runtime.RuntimeFixture.spec;
import static dev.sluice.runtime.RuntimeFixture.text;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Layers are found where Lambda's conventions put them under {@code /opt}. */
class LayersTest extends RuntimeTestCase {

  @Test
  void nodeFunctionsRequirePackagesFromLayersWithLaterLayersWinning() {
    var base =
        FunctionZips.zip(
            Map.of(
                "nodejs/node_modules/greeting/index.js", "module.exports = () => 'from base';",
                "nodejs/node_modules/other/index.js", "module.exports = 'other';"));
    var override =
        FunctionZips.zip(
            Map.of(
                "nodejs/node_modules/greeting/index.js",
                "module.exports = () => 'from override';"));
    var code =
        FunctionZips.zip(
            Map.of(
                "index.js",
                "exports.handler = async () => require('greeting')() + ' ' + require('other');"));
    var spec =
        spec("nodejs20.x", "index.handler", code, seconds(10), Map.of(), List.of(base, override));
    assertThat(text(fixture.invoke(spec, "{}"))).isEqualTo("\"from override other\"");
  }

  @Test
  void pythonFunctionsImportModulesFromLayers() {
    var layer =
        FunctionZips.zip(Map.of("python/helper.py", "def shout(s):\n    return s.upper()\n"));
    var code =
        FunctionZips.zip(
            Map.of(
                "app.py",
                "import os\nimport helper\n\ndef main(event, context):\n"
                    + "    return [helper.shout(event), os.environ['LAMBDA_RUNTIME_DIR'] != '']\n"));
    var spec = spec("python3.12", "app.main", code, seconds(10), Map.of(), List.of(layer));
    assertThat(text(fixture.invoke(spec, "\"hi\""))).isEqualTo("[\"HI\", true]");
  }
}

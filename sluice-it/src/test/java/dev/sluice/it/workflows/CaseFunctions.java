package dev.sluice.it.workflows;

import dev.sluice.it.support.LambdaClients;
import java.util.Map;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.lambda.LambdaClient;
import software.amazon.awssdk.services.lambda.model.Runtime;

/**
 * The Python functions the recorded Lambda cases name (the conformance README describes each),
 * written here from those descriptions.
 */
final class CaseFunctions {
  private static final Map<String, String> HANDLERS =
      Map.of(
          "id_function", "def handler(event, context):\n    return event\n",
          "echo_function",
              "def handler(event, context):\n    return {\"Return\": \"HelloWorld\"}\n",
          "return_bytes_str", "def handler(event, context):\n    return b'\"HelloWorld!\"'\n",
          "return_decorated_input",
              "def handler(event, context):\n    return f\"input-event-{event}\"\n",
          "raise_exception",
              "def handler(event, context):\n    raise Exception(\"Some exception was raised.\")\n",
          "raise_custom_exception",
              // the raise on line 9, where the recorded stack trace has it
              "class CustomException(Exception):\n    pass\n\n\n\n\n\n"
                  + "def handler(event, context):\n    raise CustomException()\n",
          "large_output_string",
              "def handler(event, context):\n    return (\"a\" * (257 * 1024)).encode(\"utf-8\")\n",
          "wait_60_seconds",
              "import time\n\n\ndef handler(event, context):\n    time.sleep(60)\n    return event\n");

  private CaseFunctions() {}

  static boolean known(String handler) {
    return HANDLERS.containsKey(handler);
  }

  /** Creates function {@code name} running {@code handler} (once; later calls reuse it). */
  static void create(LambdaClient lambda, String name, String handler) {
    lambda.createFunction(
        b ->
            b.functionName(name)
                .runtime(Runtime.PYTHON3_12)
                .handler("handler.handler")
                .timeout(90)
                .role(LambdaClients.ROLE)
                .code(
                    c ->
                        c.zipFile(
                            SdkBytes.fromByteArray(
                                LambdaClients.zip(Map.of("handler.py", HANDLERS.get(handler)))))));
  }
}

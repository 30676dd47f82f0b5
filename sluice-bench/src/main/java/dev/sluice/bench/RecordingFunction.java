package dev.sluice.bench;

import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * The Node.js function of the upload and async cases: its handler's first act is a GET to the
 * {@link HandlerRecorder} ({@code RECORDER_URL}) with the object's key (S3 events) or the payload's
 * {@code key}, over a kept-alive connection; it returns once the recorder answered.
 */
final class RecordingFunction {
  private static final String SOURCE =
      """
      const http = require('http');
      const agent = new http.Agent({ keepAlive: true });
      const url = process.env.RECORDER_URL;
      exports.handler = async (event) => {
        const key = event.Records ? event.Records[0].s3.object.key : event.key;
        await new Promise((resolve, reject) => {
          http
            .get(url + '?key=' + encodeURIComponent(key), { agent }, (res) => {
              res.resume();
              res.on('end', resolve);
            })
            .on('error', reject);
        });
        return null;
      };
      """;

  private RecordingFunction() {}

  static Map<String, byte[]> files() {
    return Map.of("index.js", SOURCE.getBytes(StandardCharsets.UTF_8));
  }

  static Map<String, String> environment(HandlerRecorder recorder) {
    return Map.of("RECORDER_URL", recorder.url());
  }
}

package dev.sluice.bench;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * SNS with the minimal wire client: one kept-alive connection per client thread, the query
 * protocol's form-encoded {@code POST /} signed for service {@code sns}; answers read as text.
 */
final class TopicsWire implements AutoCloseable {
  private static final String FORM =
      "Content-Type: application/x-www-form-urlencoded; charset=utf-8\r\n";

  private final ThreadClients clients;

  TopicsWire(URI endpoint) {
    this.clients =
        new ThreadClients(endpoint, new SigV4Signer("bench", "bench", "us-east-1", "sns"));
  }

  /** Calls {@code action} with {@code parameters}; the XML answer, or an IOException unless 200. */
  String call(String action, Map<String, String> parameters) throws IOException {
    var form = new StringBuilder("Action=").append(action).append("&Version=2010-03-31");
    parameters.forEach(
        (name, value) ->
            form.append('&')
                .append(name)
                .append('=')
                .append(URLEncoder.encode(value, StandardCharsets.UTF_8)));
    byte[] body = form.toString().getBytes(StandardCharsets.UTF_8);
    var answer = clients.get().exchange("/", FORM, body, SigV4Signer.sha256Hex(body));
    var text = new String(answer.body(), StandardCharsets.UTF_8);
    if (answer.status() != 200) {
      throw new IOException(action + " answered " + answer.status() + ": " + text);
    }
    return text;
  }

  String createTopic(String name) throws IOException {
    return element(call("CreateTopic", Map.of("Name", name)), "TopicArn");
  }

  void subscribe(String topicArn, String url) throws IOException {
    var parameters = new LinkedHashMap<String, String>();
    parameters.put("TopicArn", topicArn);
    parameters.put("Protocol", "http");
    parameters.put("Endpoint", url);
    call("Subscribe", parameters);
  }

  /** Publishes {@code message}; the MessageId SNS answered. */
  String publish(String topicArn, String message) throws IOException {
    return element(call("Publish", Map.of("TopicArn", topicArn, "Message", message)), "MessageId");
  }

  static String element(String xml, String name) throws IOException {
    var matcher = Pattern.compile("<" + name + ">([^<]*)</" + name + ">").matcher(xml);
    if (!matcher.find()) {
      throw new IOException("No " + name + " in " + xml);
    }
    return matcher.group(1);
  }

  @Override
  public void close() {
    clients.close();
  }
}

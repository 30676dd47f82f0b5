package dev.sluice.it.topics;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.regex.Pattern;

/** Plain HTTP GETs and the links SNS writes into its e-mails. */
final class MailTopics {
  private static final HttpClient HTTP = HttpClient.newHttpClient();
  private static final Pattern LINK = Pattern.compile("https?://\\S+");

  private MailTopics() {}

  static HttpResponse<String> get(String uri) throws IOException, InterruptedException {
    return HTTP.send(
        HttpRequest.newBuilder(URI.create(uri)).build(), HttpResponse.BodyHandlers.ofString());
  }

  /** The first link in {@code text} that contains {@code part}. */
  static String link(String text, String part) {
    var matcher = LINK.matcher(text);
    while (matcher.find()) {
      if (matcher.group().contains(part)) {
        return matcher.group();
      }
    }
    throw new AssertionError("no link with " + part + " in:\n" + text);
  }
}

package dev.sluice.it.support;

import static org.awaitility.Awaitility.await;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/** A real SMTP server (GreenMail) on a free port, and waiting for what it receives. */
public final class SmtpMailbox implements AutoCloseable {
  private static final Pattern LINK = Pattern.compile("https?://\\S+");
  private static final HttpClient HTTP = HttpClient.newHttpClient();

  private final int port = freePort();
  private final GreenMail smtp =
      new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));

  /** Where Sluice sends e-mail ({@code SluiceConfig.withSmtp}). */
  public URI address() {
    return URI.create("smtp://127.0.0.1:" + port);
  }

  public SmtpMailbox start() {
    smtp.start();
    return this;
  }

  /** The first message to {@code to} with {@code subject} whose text passes {@code body}. */
  public String awaitText(String to, String subject, Predicate<String> body) {
    return await("an e-mail to " + to + ": " + subject)
        .atMost(Duration.ofMinutes(1))
        .until(() -> texts(to, subject).stream().filter(body).findFirst(), o -> o.isPresent())
        .orElseThrow();
  }

  /** The text of every message to {@code to} with {@code subject}. */
  public List<String> texts(String to, String subject) {
    return Arrays.stream(smtp.getReceivedMessages())
        .filter(m -> subject.equals(subject(m)) && to.equals(recipient(m)))
        .map(SmtpMailbox::text)
        .toList();
  }

  /**
   * Waits for the subscription confirmation e-mail to {@code to} and opens its link, as the
   * recipient would; returns the HTTP status of the page.
   */
  public int confirmSubscription(String to) throws IOException, InterruptedException {
    var confirmation = awaitText(to, "AWS Notification - Subscription Confirmation", t -> true);
    var link = URI.create(link(confirmation, "confirmation.html"));
    return HTTP.send(HttpRequest.newBuilder(link).build(), HttpResponse.BodyHandlers.discarding())
        .statusCode();
  }

  /** The first link in {@code text} that contains {@code part}. */
  public static String link(String text, String part) {
    var matcher = LINK.matcher(text);
    while (matcher.find()) {
      if (matcher.group().contains(part)) {
        return matcher.group();
      }
    }
    throw new AssertionError("no link with " + part + " in:\n" + text);
  }

  @Override
  public void close() {
    smtp.stop();
  }

  private static String subject(MimeMessage message) {
    try {
      return message.getSubject();
    } catch (MessagingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String recipient(MimeMessage message) {
    try {
      return message.getAllRecipients()[0].toString();
    } catch (MessagingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String text(MimeMessage message) {
    try {
      return (String) message.getContent();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (MessagingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static int freePort() {
    try (var socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}

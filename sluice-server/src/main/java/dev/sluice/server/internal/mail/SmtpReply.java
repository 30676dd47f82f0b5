package dev.sluice.server.internal.mail;

import java.util.List;

/** An SMTP server's reply: its three-digit code and its text lines. */
record SmtpReply(int code, List<String> lines) {
  SmtpReply {
    lines = List.copyOf(lines);
  }

  boolean isPositive() {
    return code >= 200 && code < 400;
  }

  /** 4xx: the server asks to try again later. */
  boolean isTransient() {
    return code >= 400 && code < 500;
  }

  String text() {
    return code + " " + String.join(" ", lines);
  }
}

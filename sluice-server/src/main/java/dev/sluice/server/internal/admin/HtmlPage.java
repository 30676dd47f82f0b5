package dev.sluice.server.internal.admin;

import dev.sluice.aws.http.HttpResponse;

/** A small HTML page of the admin routes. */
final class HtmlPage {
  private HtmlPage() {}

  static HttpResponse ok(String title, String bodyHtml) {
    return page(200, title, bodyHtml);
  }

  static HttpResponse error(int status, String message) {
    return page(status, "Error", "<p>" + escape(message) + "</p>");
  }

  static String escape(String text) {
    var out = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '&' -> out.append("&amp;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        default -> out.append(c);
      }
    }
    return out.toString();
  }

  private static HttpResponse page(int status, String title, String bodyHtml) {
    var html =
        "<!DOCTYPE html>\n<html lang=\"en\">\n<head><meta charset=\"utf-8\"><title>"
            + escape(title)
            + " - Sluice SNS</title></head>\n<body>\n<h1>"
            + escape(title)
            + "</h1>\n"
            + bodyHtml
            + "\n</body>\n</html>\n";
    return HttpResponse.text(status, "text/html; charset=utf-8", html);
  }
}

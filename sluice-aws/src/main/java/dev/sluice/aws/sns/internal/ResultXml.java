package dev.sluice.aws.sns.internal;

import dev.sluice.aws.protocol.XmlText;
import java.util.Map;

/**
 * The content of an SNS {@code <XResult>} element, built member by member; or no result element at
 * all for the operations whose output has none (DeleteTopic, Unsubscribe, ...).
 */
public final class ResultXml {
  private final StringBuilder xml;

  private ResultXml(StringBuilder xml) {
    this.xml = xml;
  }

  /** An operation whose response has a result element (possibly empty). */
  public static ResultXml result() {
    return new ResultXml(new StringBuilder(256));
  }

  /** An operation whose response has only the response metadata. */
  public static ResultXml none() {
    return new ResultXml(null);
  }

  public boolean hasResult() {
    return xml != null;
  }

  public String text() {
    return xml == null ? "" : xml.toString();
  }

  /** {@code <name>text</name>}, left out when {@code text} is null. */
  public ResultXml element(String name, String text) {
    if (text != null) {
      XmlText.element(xml, name, text);
    }
    return this;
  }

  public ResultXml open(String name) {
    xml.append('<').append(name).append('>');
    return this;
  }

  public ResultXml close(String name) {
    xml.append("</").append(name).append('>');
    return this;
  }

  /** A string map: {@code <name><entry><key/><value/></entry>...</name>}. */
  public ResultXml entries(String name, Map<String, String> map) {
    open(name);
    map.forEach(
        (key, value) -> open("entry").element("key", key).element("value", value).close("entry"));
    return close(name);
  }
}

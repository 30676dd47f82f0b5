package dev.sluice.core.topics.publish.internal;

import dev.sluice.core.topics.MessageAttribute;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * The size SNS counts against its 256 KiB limit: the message's UTF-8 bytes plus every attribute's
 * name, data type and value.
 */
public final class MessageSize {
  /** 256 KiB, SNS's limit for one message and for a whole batch. */
  public static final int LIMIT = 262_144;

  private MessageSize() {}

  public static long of(String message, Map<String, MessageAttribute> attributes) {
    long size = utf8(message);
    for (var entry : attributes.entrySet()) {
      size += utf8(entry.getKey()) + attributeBytes(entry.getValue());
    }
    return size;
  }

  private static long attributeBytes(MessageAttribute attribute) {
    if (attribute == null) {
      return 0;
    }
    long value =
        attribute.binaryValue() != null
            ? attribute.binaryValue().length
            : utf8(attribute.stringValue());
    return utf8(attribute.dataType()) + value;
  }

  private static long utf8(String text) {
    return text == null ? 0 : text.getBytes(StandardCharsets.UTF_8).length;
  }
}

package dev.sluice.core.topics;

/**
 * One plain-text e-mail.
 *
 * @param fromName the display name of the sender (a topic's DisplayName), or null
 * @param fromAddress the sender's address
 * @param to the recipient's address
 * @param messageId a unique id the transport uses for the {@code Message-ID} header and as the
 *     mailbox file's name
 */
public record MailMessage(
    String fromName,
    String fromAddress,
    String to,
    String subject,
    String body,
    String messageId) {}

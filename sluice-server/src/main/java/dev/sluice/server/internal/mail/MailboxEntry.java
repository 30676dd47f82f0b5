package dev.sluice.server.internal.mail;

/**
 * One message of the local mailbox, as listed: its id (the file's name without {@code .eml}) and
 * its headers, the subject decoded.
 */
public record MailboxEntry(String id, String date, String from, String to, String subject) {}

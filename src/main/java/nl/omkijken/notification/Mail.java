package nl.omkijken.notification;

/** A plain-text mail to one person. */
public record Mail(String recipient, String subject, String body) {}

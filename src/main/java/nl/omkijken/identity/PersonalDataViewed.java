package nl.omkijken.identity;

import java.time.Instant;
import java.util.UUID;

/**
 * A staff member saw someone's personal data: who, when, whose or what, and why. Every screen that shows personal
 * data to staff publishes this; the audit module keeps it.
 *
 * @param staffAccountId the signed-in staff member
 * @param subjectType what was seen, such as {@code help-post} or {@code buddy-intake}
 * @param subjectId its id; null for a list of many, such as all accounts
 * @param purpose why, in a word of the screen (such as {@code moderation}) and any reason the staff member gave
 */
public record PersonalDataViewed(UUID staffAccountId, String subjectType, UUID subjectId, String purpose, Instant at) {}

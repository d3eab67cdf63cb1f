package nl.omkijken.catalog;

import jakarta.persistence.Embeddable;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.annotation.DateTimeFormat.ISO;

/**
 * Days on which a schedule does not take place, both ends included: a public holiday, a summer break. Kept apart
 * from the rule so that the rule stays the simple pattern the provider chose.
 */
@Embeddable
public record ClosedPeriod(
        @DateTimeFormat(iso = ISO.DATE) LocalDate fromDate,
        @DateTimeFormat(iso = ISO.DATE) LocalDate untilDate,
        @Size(max = 200) String reason) {

    public ClosedPeriod {
        reason = reason == null ? "" : reason.strip();
    }

    static ClosedPeriod day(LocalDate date, String reason) {
        return new ClosedPeriod(date, date, reason);
    }

    boolean covers(LocalDate date) {
        return !date.isBefore(fromDate) && !date.isAfter(untilDate);
    }
}

package nl.omkijken.audit;

import jakarta.persistence.criteria.Path;
import jakarta.persistence.criteria.Root;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import nl.omkijken.area.Areas;
import nl.omkijken.identity.AccountSummary;
import nl.omkijken.identity.Accounts;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The access log as the administrator reads it: newest first, a page at a time, narrowed by the filters. */
@Service
class AccessLog {

    static final int PAGE_SIZE = 50;
    private static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");
    private static final Sort NEWEST_FIRST = Sort.by(Sort.Order.desc("viewedAt"), Sort.Order.desc("id"));

    private final AccessLogEntryRepository entries;
    private final Accounts accounts;
    private final Areas areas;

    AccessLog(AccessLogEntryRepository entries, Accounts accounts, Areas areas) {
        this.entries = entries;
        this.accounts = accounts;
        this.areas = areas;
    }

    /**
     * One view, with the staff member's name and address as they are now (empty when the account is gone).
     *
     * @param purpose the screen's word for why, such as {@code moderation}
     * @param reason what the staff member added to it, or empty
     */
    record Line(
            Instant viewedAt,
            String staffName,
            String staffEmail,
            String subjectType,
            UUID subjectId,
            String purpose,
            String reason) {}

    /**
     * @param errors message keys per form field; when there are any, nothing was searched
     * @param page counted from 1
     */
    record Result(Map<String, String> errors, List<Line> lines, int page, int pages, long total) {

        /** The place in the whole log of the first line on this page, counted from 1. */
        public int first() {
            return (page - 1) * PAGE_SIZE + 1;
        }
    }

    /** One page of what the form asks for; a page past the last gives the last. */
    @Transactional(readOnly = true)
    Result search(AccessLogForm form, int page) {
        var errors = new LinkedHashMap<>(form.dateProblems());
        var staff = form.medewerker().isEmpty()
                ? null
                : accounts.findByEmail(form.medewerker()).orElse(null);
        if (!form.medewerker().isEmpty() && staff == null) {
            errors.put("medewerker", "audit.filter.staff.unknown");
        }
        if (!errors.isEmpty()) {
            return new Result(errors, List.of(), 1, 1, 0);
        }
        var where = matching(form, staff);
        var total = entries.count(where);
        var pages = (int) Math.max(1, (total + PAGE_SIZE - 1) / PAGE_SIZE);
        var current = Math.max(1, Math.min(page, pages));
        var found = entries.findAll(where, PageRequest.of(current - 1, PAGE_SIZE, NEWEST_FIRST))
                .getContent();
        var names = accounts.describe(
                found.stream().map(AccessLogEntry::staffAccountId).collect(Collectors.toSet()));
        return new Result(Map.of(), found.stream().map(e -> line(e, names)).toList(), current, pages, total);
    }

    /** The subject types in the log, for the filter. */
    @Transactional(readOnly = true)
    List<String> subjectTypes() {
        return entries.subjectTypes(areas.municipality().code());
    }

    private Specification<AccessLogEntry> matching(AccessLogForm form, AccountSummary staff) {
        var municipality = areas.municipality().code();
        Specification<AccessLogEntry> where =
                (entry, query, cb) -> cb.equal(entry.get("municipalityCode"), municipality);
        if (staff != null) {
            where = where.and((entry, query, cb) -> cb.equal(entry.get("staffAccountId"), staff.id()));
        }
        if (!form.soort().isEmpty()) {
            where = where.and((entry, query, cb) -> cb.equal(entry.get("subjectType"), form.soort()));
        }
        if (form.from().isPresent()) {
            var from = startOf(form.from().get());
            where = where.and((entry, query, cb) -> cb.greaterThanOrEqualTo(viewedAt(entry), from));
        }
        if (form.to().isPresent()) {
            var before = startOf(form.to().get().plusDays(1));
            where = where.and((entry, query, cb) -> cb.lessThan(viewedAt(entry), before));
        }
        return where;
    }

    private static Path<Instant> viewedAt(Root<AccessLogEntry> entry) {
        return entry.get("viewedAt");
    }

    private static Instant startOf(LocalDate day) {
        return day.atStartOfDay(ZONE).toInstant();
    }

    private static Line line(AccessLogEntry entry, Map<UUID, AccountSummary> names) {
        var staff = names.get(entry.staffAccountId());
        var purpose = entry.purpose();
        var colon = purpose.indexOf(':');
        return new Line(
                entry.viewedAt(),
                staff == null ? "" : staff.displayName(),
                staff == null ? "" : staff.email(),
                entry.subjectType(),
                entry.subjectId(),
                colon < 0 ? purpose : purpose.substring(0, colon).strip(),
                colon < 0 ? "" : purpose.substring(colon + 1).strip());
    }
}

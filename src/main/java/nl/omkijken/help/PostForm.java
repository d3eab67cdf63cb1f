package nl.omkijken.help;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import nl.omkijken.catalog.FormError;
import nl.omkijken.help.matching.AgeBand;
import nl.omkijken.help.matching.PartOfDay;
import nl.omkijken.help.matching.Slot;

/**
 * A help request or offer as the form sends it.
 *
 * @param slots the chosen parts of the week, such as {@code TUESDAY_MORNING}
 * @param inOverleg no fixed times: the two people agree on them
 * @param website a field people never see; only robots fill it in
 * @param consent for a post on a resident's behalf: the resident agreed
 */
record PostForm(
        @NotNull HelpCategory category,
        @NotBlank @Size(max = MAX_TEXT) String text,
        @NotNull Frequency frequency,
        List<String> slots,
        Boolean inOverleg,
        @NotBlank String neighbourhood,

        @NotBlank @Size(max = MAX_NAME) @Pattern(regexp = "([\\p{L}][\\p{L}'’-]*)?")
        String firstName,

        AgeBand ageBand,
        String website,
        Boolean consent) {

    static final int MIN_TEXT = 20;
    static final int MAX_TEXT = 1000;
    static final int MAX_NAME = 40;

    PostForm {
        inOverleg = Boolean.TRUE.equals(inOverleg);
        consent = Boolean.TRUE.equals(consent);
        text = text == null ? "" : PostText.withoutTags(text).strip();
        slots = slots == null ? List.of() : List.copyOf(slots);
        neighbourhood = neighbourhood == null ? "" : neighbourhood.strip();
        firstName = firstName == null ? "" : firstName.strip();
    }

    /** An empty form with the first word of the account's name filled in. */
    static PostForm startingWith(String displayName) {
        var first = displayName == null ? "" : displayName.strip().split("\\s+")[0];
        return new PostForm(
                null, "", null, List.of(), false, "", first.length() > MAX_NAME ? "" : first, null, "", false);
    }

    static PostForm of(PostContent content) {
        var slots = content.availability().stream()
                .map(s -> s.day().name() + "_" + s.partOfDay().name())
                .sorted()
                .toList();
        return new PostForm(
                content.category(),
                content.text(),
                content.frequency(),
                slots,
                slots.isEmpty(),
                content.neighbourhoodCode() == null ? "" : content.neighbourhoodCode(),
                content.firstName(),
                content.ageBand(),
                "",
                false);
    }

    boolean isRobot() {
        return website != null && !website.isBlank();
    }

    /** What Bean Validation cannot say: no time chosen, links, buying or selling. */
    List<FormError> problems() {
        var problems = new ArrayList<FormError>();
        if (!inOverleg() && slots.isEmpty()) {
            problems.add(new FormError("slots", "help.post.when.required"));
        }
        if (!text.isBlank() && text.length() < MIN_TEXT) {
            problems.add(new FormError("text", "help.post.text.tooShort"));
        }
        PostText.problem(PersonalDetails.clean(text).text())
                .ifPresent(code -> problems.add(new FormError("text", code)));
        return problems;
    }

    /** The chosen slots; empty when the times are agreed between the two. Unknown values are left out. */
    Set<Slot> availability() {
        var result = new HashSet<Slot>();
        if (inOverleg()) {
            return result;
        }
        for (var slot : slots) {
            var split = slot.lastIndexOf('_');
            try {
                result.add(new Slot(
                        DayOfWeek.valueOf(slot.substring(0, split)), PartOfDay.valueOf(slot.substring(split + 1))));
            } catch (IllegalArgumentException | IndexOutOfBoundsException e) {
                // A value the page never offered: a tampered request; it is left out.
            }
        }
        return result;
    }
}

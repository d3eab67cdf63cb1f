package nl.omkijken.help.buddy;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import nl.omkijken.catalog.FormError;
import nl.omkijken.help.matching.AgeBand;
import nl.omkijken.help.matching.Gender;
import nl.omkijken.help.matching.Interest;
import nl.omkijken.help.matching.PartOfDay;
import nl.omkijken.help.matching.Slot;
import nl.omkijken.help.matching.TravelMode;

/**
 * A buddy intake as the coordinator's form sends it. Whoever travels by no means at all needs a visit at home; then
 * the distance is not asked.
 *
 * @param organisation the initiative it is for, when the coordinator works for more than one
 * @param languages ISO 639-1 codes from {@link #LANGUAGES}
 * @param slots parts of the week such as {@code TUESDAY_MORNING}
 * @param consent the person knows what is kept and agreed to it
 */
record IntakeForm(
        UUID organisation,

        @NotBlank @Size(max = MAX_NAME) @Pattern(regexp = "([\\p{L}][\\p{L}'’ -]*)?")
        String firstName,

        @Email @Size(max = 254) String email,
        @Size(max = 30) @Pattern(regexp = "[0-9 +()-]*") String phone,
        @NotBlank String neighbourhood,
        List<String> languages,
        List<String> slots,
        List<Interest> interests,
        List<TravelMode> travelModes,
        Integer maxDistanceKm,
        Gender gender,
        AgeBand ageBand,
        List<Gender> wantedGenders,
        List<AgeBand> wantedAgeBands,
        @Size(max = MAX_NOTES) String notes,
        Boolean consent) {

    static final int MAX_NAME = 40;
    static final int MAX_NOTES = 1000;
    static final int MAX_DISTANCE_KM = 50;

    /** The languages the form offers: the ones most spoken in Zwolle besides Dutch, by ISO 639-1 code. */
    static final List<String> LANGUAGES =
            List.of("nl", "en", "ar", "tr", "ti", "so", "fa", "ps", "ku", "pl", "uk", "ru", "de", "fr", "es", "zh");

    IntakeForm {
        firstName = firstName == null ? "" : firstName.strip();
        email = email == null || email.isBlank() ? null : email.strip();
        phone = phone == null || phone.isBlank() ? null : phone.strip();
        neighbourhood = neighbourhood == null ? "" : neighbourhood.strip();
        languages = languages == null ? List.of() : List.copyOf(languages);
        slots = slots == null ? List.of() : List.copyOf(slots);
        interests = interests == null ? List.of() : List.copyOf(interests);
        travelModes = travelModes == null ? List.of() : List.copyOf(travelModes);
        wantedGenders = wantedGenders == null ? List.of() : List.copyOf(wantedGenders);
        wantedAgeBands = wantedAgeBands == null ? List.of() : List.copyOf(wantedAgeBands);
        notes = notes == null ? "" : notes.replaceAll("<[^<>]*>", "").strip();
        consent = Boolean.TRUE.equals(consent);
    }

    static IntakeForm empty() {
        return new IntakeForm(
                null,
                "",
                null,
                null,
                "",
                List.of("nl"),
                List.of(),
                List.of(),
                List.of(),
                3,
                null,
                null,
                List.of(),
                List.of(),
                "",
                false);
    }

    /** What the annotations cannot say, each beside its field. */
    List<FormError> problems() {
        var problems = new ArrayList<FormError>();
        if (languages.isEmpty() || !LANGUAGES.containsAll(languages)) {
            problems.add(new FormError("languages", "help.buddy.intake.languages.required"));
        }
        if (slots.isEmpty() || availability() == null) {
            problems.add(new FormError("slots", "help.buddy.intake.slots.required"));
        }
        if (!travelModes.isEmpty() && (maxDistanceKm == null || maxDistanceKm < 1 || maxDistanceKm > MAX_DISTANCE_KM)) {
            problems.add(new FormError("maxDistanceKm", "help.buddy.intake.distance.range"));
        }
        if (!consent) {
            problems.add(new FormError("consent", "help.buddy.intake.consent.required"));
        }
        return problems;
    }

    /** The parts of the week, or {@code null} when one is not a part of the week. */
    Set<Slot> availability() {
        var result = new HashSet<Slot>();
        for (var slot : slots) {
            var split = slot.lastIndexOf('_');
            if (split < 1) {
                return null;
            }
            try {
                result.add(new Slot(
                        DayOfWeek.valueOf(slot.substring(0, split)), PartOfDay.valueOf(slot.substring(split + 1))));
            } catch (IllegalArgumentException e) {
                return null;
            }
        }
        return result;
    }

    /** The intake once it has no problems. */
    Checked checked() {
        var modes = travelModes.isEmpty() ? EnumSet.noneOf(TravelMode.class) : EnumSet.copyOf(travelModes);
        return new Checked(
                firstName,
                email,
                phone,
                neighbourhood,
                Set.copyOf(languages),
                availability(),
                interests.isEmpty() ? Set.of() : EnumSet.copyOf(interests),
                modes,
                modes.isEmpty() ? 0 : maxDistanceKm,
                gender,
                ageBand,
                wantedGenders.isEmpty() ? Set.of() : EnumSet.copyOf(wantedGenders),
                wantedAgeBands.isEmpty() ? Set.of() : EnumSet.copyOf(wantedAgeBands),
                notes);
    }

    /** A valid intake, ready to keep. */
    record Checked(
            String firstName,
            String email,
            String phone,
            String neighbourhoodCode,
            Set<String> languages,
            Set<Slot> slots,
            Set<Interest> interests,
            Set<TravelMode> travelModes,
            int maxDistanceKm,
            Gender gender,
            AgeBand ageBand,
            Set<Gender> wantedGenders,
            Set<AgeBand> wantedAgeBands,
            String notes) {}
}

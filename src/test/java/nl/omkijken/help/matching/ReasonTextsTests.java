package nl.omkijken.help.matching;

import static java.time.DayOfWeek.FRIDAY;
import static java.time.DayOfWeek.MONDAY;
import static java.time.DayOfWeek.TUESDAY;
import static nl.omkijken.help.matching.Interest.COFFEE_AND_TALK;
import static nl.omkijken.help.matching.Interest.COOKING;
import static nl.omkijken.help.matching.Interest.WALKING;
import static nl.omkijken.help.matching.PartOfDay.AFTERNOON;
import static nl.omkijken.help.matching.PartOfDay.EVENING;
import static nl.omkijken.help.matching.PartOfDay.MORNING;
import static nl.omkijken.help.matching.ProfileBuilder.slot;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;

/** The reasons as a coordinator reads them, from the real message bundles. */
class ReasonTextsTests {

    private static final Locale DUTCH = Locale.forLanguageTag("nl");
    private static final Locale ARABIC = Locale.forLanguageTag("ar");

    private final ReasonTexts texts = new ReasonTexts(messages());

    private final List<Reason> reasons = List.of(
            Reason.distance(2.0),
            Reason.languages(List.of(ARABIC)),
            Reason.slots(List.of(slot(TUESDAY, MORNING))),
            Reason.interests(List.of(WALKING)));

    @Test
    void writesTheReasonsOnOneLineInDutch() {
        assertThat(texts.line(reasons, DUTCH))
                .isEqualTo(
                        "2 km, spreken allebei Arabisch, allebei vrij op dinsdagochtend, willen allebei graag wandelen");
    }

    @Test
    void writesTheReasonsOnOneLineInEnglish() {
        assertThat(texts.line(reasons, Locale.ENGLISH))
                .isEqualTo("2 km, both speak Arabic, both free on Tuesday morning, both like walking");
    }

    @Test
    void writesListsAsPeopleSayThem() {
        var languages = Reason.languages(List.of(ARABIC, DUTCH));
        var interests = Reason.interests(List.of(WALKING, COFFEE_AND_TALK, COOKING));

        assertThat(texts.text(languages, DUTCH)).isEqualTo("spreken allebei Arabisch en Nederlands");
        assertThat(texts.text(interests, DUTCH))
                .isEqualTo("willen allebei graag wandelen, samen koffie drinken en koken");
        assertThat(texts.text(interests, Locale.ENGLISH))
                .isEqualTo("both like walking, having coffee together and cooking");
    }

    @Test
    void sumsUpManySharedSlots() {
        var slots = Reason.manySlots(7, List.of(slot(MONDAY, MORNING), slot(MONDAY, AFTERNOON), slot(FRIDAY, EVENING)));

        assertThat(texts.text(slots, DUTCH))
                .isEqualTo(
                        "allebei 7 keer per week vrij, bijvoorbeeld op maandagochtend, maandagmiddag en vrijdagavond");
        assertThat(texts.text(slots, Locale.ENGLISH))
                .isEqualTo(
                        "both free 7 times a week, for example on Monday morning, Monday afternoon and Friday evening");
    }

    @Test
    void writesDistancesWithTheirOwnDecimalSeparator() {
        assertThat(texts.text(Reason.distance(2.5), DUTCH)).isEqualTo("2,5 km");
        assertThat(texts.text(Reason.distance(2.5), Locale.ENGLISH)).isEqualTo("2.5 km");
    }

    @Test
    void writesTheReasonsWithoutArguments() {
        var reasons = List.of(Reason.sameNeighbourhood(), Reason.homeVisit());

        assertThat(texts.line(reasons, DUTCH))
                .isEqualTo("wonen in dezelfde buurt, de vrijwilliger komt bij de inwoner thuis");
        assertThat(texts.line(reasons, Locale.ENGLISH))
                .isEqualTo("live in the same neighbourhood, the volunteer visits the resident at home");
    }

    @Test
    void everyInterestAndPartOfTheDayHasAText() {
        for (var interest : Interest.values()) {
            assertThat(texts.text(Reason.interests(List.of(interest)), DUTCH))
                    .startsWith("willen allebei graag ")
                    .doesNotContain("help.match");
        }
        for (var partOfDay : PartOfDay.values()) {
            assertThat(texts.text(Reason.slots(List.of(slot(MONDAY, partOfDay))), DUTCH))
                    .matches("allebei vrij op maandag[a-z]+");
        }
    }

    private static ResourceBundleMessageSource messages() {
        var messages = new ResourceBundleMessageSource();
        messages.setBasename("messages");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        return messages;
    }
}

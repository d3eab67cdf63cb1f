package nl.omkijken.finder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.StreamSupport;
import nl.omkijken.IntegrationTest;
import nl.omkijken.catalog.PublicOffering;
import nl.omkijken.catalog.PublicOfferings;
import nl.omkijken.identity.IdentityProperties;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * An offering's page tells search engines what it is in schema.org JSON-LD, with the same facts the page shows: an
 * Event at its next time and place, with the rule it repeats by, or a Service of its provider.
 */
@IntegrationTest
class OfferingJsonLdTests {

    private static final Pattern FIRST_NEXT_DATE = Pattern.compile(
            "De volgende keren</h3>.*?<li class=\"utrecht-unordered-list__item\">([^<]*)</li>", Pattern.DOTALL);
    private static final DateTimeFormatter SHOWN =
            DateTimeFormatter.ofPattern("EEEE d MMMM yyyy, HH:mm", Locale.forLanguageTag("nl"));

    @Autowired
    MockMvc mvc;

    @Autowired
    PublicOfferings catalog;

    @Autowired
    IdentityProperties site;

    @Autowired
    JsonMapper json;

    @Test
    void anActivityIsAnEventAtItsNextTimeAndPlaceAsThePageShowsThem() throws Exception {
        var offering = OfferingPages.named(catalog, "Koffie-inloop De Tippe");
        var html = page(offering);
        var event = OfferingPages.jsonLd(json, html);

        assertThat(event.get("@context").asString()).isEqualTo("https://schema.org/");
        assertThat(event.get("@type").asString()).isEqualTo("Event");
        assertThat(event.get("name").asString()).isEqualTo("Koffie-inloop De Tippe");
        assertThat(event.get("url").asString()).isEqualTo(site.publicUrl() + OfferingPages.path(offering));
        var start = OffsetDateTime.parse(event.get("startDate").asString());
        var end = OffsetDateTime.parse(event.get("endDate").asString());
        var amsterdam = ZoneId.of("Europe/Amsterdam");
        assertThat(firstNextDate(html))
                .isEqualTo(SHOWN.format(start.atZoneSameInstant(amsterdam)) + " - "
                        + DateTimeFormatter.ofPattern("HH:mm").format(end.atZoneSameInstant(amsterdam)));
        assertThat(start.toInstant())
                .isEqualTo(offering.nextDates().get(0).start().toInstant());

        var place = event.get("location");
        assertThat(place.get("@type").asString()).isEqualTo("Place");
        assertThat(place.get("name").asString()).isEqualTo("Buurtkamer De Tippe");
        assertThat(place.at("/address/streetAddress").asString()).isEqualTo("Tippeweg 12");
        assertThat(place.at("/address/postalCode").asString()).isEqualTo("8045 MZ");
        assertThat(place.at("/address/addressLocality").asString()).isEqualTo("Zwolle");
        assertThat(html).contains("Tippeweg 12", "8045 MZ Zwolle");
        assertThat(place.at("/geo/latitude").asDouble())
                .isEqualTo(offering.places().get(0).latitude())
                .isBetween(52.4, 52.6);
        assertThat(place.at("/geo/longitude").asDouble())
                .isEqualTo(offering.places().get(0).longitude())
                .isBetween(5.9, 6.3);

        var schedule = event.get("eventSchedule");
        assertThat(schedule.get("@type").asString()).isEqualTo("Schedule");
        assertThat(schedule.get("repeatFrequency").asString()).isEqualTo("P1W");
        assertThat(texts(schedule.get("byDay")))
                .containsExactly("https://schema.org/Monday", "https://schema.org/Wednesday");
        assertThat(schedule.get("startTime").asString()).isEqualTo("09:30:00");
        assertThat(schedule.get("endTime").asString()).isEqualTo("12:00:00");
        assertThat(schedule.get("scheduleTimezone").asString()).isEqualTo("Europe/Amsterdam");

        assertThat(event.at("/organizer/name").asString()).isEqualTo(offering.providerName());
        assertThat(event.get("isAccessibleForFree").asBoolean()).isTrue();
        assertThat(event.has("offers")).isFalse();
        assertThat(event.get("inLanguage").asString()).isEqualTo("nl");
    }

    @Test
    void aMonthlyRuleIsAScheduleExceptOnTheLastWeekdayOfTheMonth() throws Exception {
        var walk = OfferingPages.jsonLd(json, page(OfferingPages.named(catalog, "Stadswandeling met een verhaal")));
        var drinks = OfferingPages.jsonLd(
                json, page(OfferingPages.named(catalog, "Nieuw in de binnenstad? Borrel voor buren")));

        assertThat(walk.at("/eventSchedule/repeatFrequency").asString()).isEqualTo("P1M");
        assertThat(walk.at("/eventSchedule/byMonthWeek").asInt()).isEqualTo(1);
        assertThat(texts(walk.at("/eventSchedule/byDay"))).containsExactly("https://schema.org/Sunday");
        assertThat(texts(walk.get("inLanguage"))).containsExactly("en", "nl");
        assertThat(drinks.get("@type").asString()).isEqualTo("Event");
        assertThat(drinks.has("startDate")).isTrue();
        assertThat(drinks.has("eventSchedule")).isFalse();
    }

    @Test
    void aMealEveryOtherWeekThatCostsSomethingHasAnOffer() throws Exception {
        var offering = OfferingPages.named(catalog, "Diezerpoort Kookt: eten bij de buren");
        var event = OfferingPages.jsonLd(json, page(offering));

        assertThat(event.at("/eventSchedule/repeatFrequency").asString()).isEqualTo("P2W");
        assertThat(event.get("isAccessibleForFree").asBoolean()).isFalse();
        assertThat(event.at("/offers/@type").asString()).isEqualTo("Offer");
        assertThat(event.at("/offers/price").decimalValue()).isEqualByComparingTo("3.00");
        assertThat(event.at("/offers/priceCurrency").asString()).isEqualTo("EUR");
    }

    @Test
    void aSchemeWithoutDatesIsAServiceOfItsProviderForTheMunicipality() throws Exception {
        var offering = OfferingPages.named(catalog, "Kindregelingen: extra geld voor kinderen");
        assertThat(offering.nextDates()).isEmpty();
        var service = OfferingPages.jsonLd(json, page(offering));

        assertThat(service.get("@type").asString()).isEqualTo("Service");
        assertThat(service.get("name").asString()).isEqualTo(offering.title());
        assertThat(service.get("url").asString()).isEqualTo(site.publicUrl() + OfferingPages.path(offering));
        assertThat(service.has("startDate")).isFalse();
        assertThat(service.at("/provider/@type").asString()).isEqualTo("Organization");
        assertThat(service.at("/provider/name").asString()).isEqualTo(offering.providerName());
        assertThat(service.at("/areaServed/name").asString()).isEqualTo("Zwolle");
        var place = offering.places().get(0);
        assertThat(service.at("/availableChannel/serviceLocation/address/streetAddress")
                        .asString())
                .isEqualTo(place.streetAddress());
        assertThat(service.at("/availableChannel/serviceLocation/geo/latitude").asDouble())
                .isEqualTo(place.latitude());
    }

    private String page(PublicOffering offering) throws Exception {
        return mvc.perform(get(OfferingPages.path(offering)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    private static String firstNextDate(String html) {
        var found = FIRST_NEXT_DATE.matcher(html);
        assertThat(found.find()).as("the next dates on the page").isTrue();
        return found.group(1);
    }

    private static java.util.List<String> texts(JsonNode array) {
        return StreamSupport.stream(array.spliterator(), false)
                .map(JsonNode::asString)
                .toList();
    }
}

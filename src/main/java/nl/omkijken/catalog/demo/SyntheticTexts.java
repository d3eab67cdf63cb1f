package nl.omkijken.catalog.demo;

import java.util.Map;
import java.util.Random;
import nl.omkijken.catalog.Kind;

/** Word lists for synthetic offerings: plain enough to read, clearly made up. */
final class SyntheticTexts {

    private static final Map<Kind, String[]> TITLES = Map.of(
            Kind.ACTIVITY,
            new String[] {
                "Koffieochtend",
                "Wandelgroep",
                "Samen koken",
                "Schilderclub",
                "Spelletjesmiddag",
                "Stoelyoga",
                "Huiswerkclub",
                "Breicafé",
                "Moestuinieren",
                "Zingen voor iedereen",
                "Fietsen voor beginners"
            },
            Kind.WALK_IN_HOUR,
            new String[] {
                "Spreekuur geldzaken", "Taalspreekuur", "Hulp bij DigiD", "Formulierenhulp", "Inloop voor ouders"
            },
            Kind.MEETING_PLACE,
            new String[] {"Buurtkamer", "Open huiskamer", "Inloophuis", "Wijkcafé"},
            Kind.SUPPORT_SERVICE,
            new String[] {
                "Maatje om mee te wandelen", "Hulp bij de thuisadministratie", "Boodschappenhulp", "Taalmaatje"
            },
            Kind.SCHEME,
            new String[] {"Bijdrage voor de sportclub", "Hulp bij de energierekening", "Bijdrage voor schoolspullen"},
            Kind.VOLUNTEER_VACANCY,
            new String[] {"Gastvrouw of gastheer gezocht", "Chauffeur gezocht", "Kookvrijwilliger gezocht"});

    private static final Map<Kind, String[]> SUMMARIES = Map.of(
            Kind.ACTIVITY,
            new String[] {"Doe mee en leer nieuwe mensen kennen.", "Samen bezig zijn, op uw eigen tempo."},
            Kind.WALK_IN_HOUR,
            new String[] {"Loop binnen met uw vraag. U hoeft geen afspraak te maken.", "Wij kijken samen met u."},
            Kind.MEETING_PLACE,
            new String[] {"Een plek om even binnen te lopen.", "Koffie, een praatje en de krant."},
            Kind.SUPPORT_SERVICE,
            new String[] {"Een vrijwilliger helpt u een tijdje.", "Hulp bij wat even niet lukt."},
            Kind.SCHEME,
            new String[] {"Geld of korting als u weinig inkomen heeft.", "Kijk of u recht heeft op deze regeling."},
            Kind.VOLUNTEER_VACANCY,
            new String[] {"Heeft u een paar uur per week tijd?", "Help mee en maak het verschil in de buurt."});

    private static final String[] SENTENCES = {
        "Iedereen is welkom.",
        "Neem gerust iemand mee.",
        "De koffie staat klaar.",
        "U hoeft niets te kunnen.",
        "Wij spreken eenvoudig Nederlands.",
        "De ruimte is goed bereikbaar met de rolstoel.",
        "Vrijwilligers uit de buurt helpen mee.",
        "Dit is testdata: het aanbod bestaat niet echt."
    };

    private static final String[] PLACES = {"Buurtkamer", "Wijkgebouw", "Sportzaal", "Ontmoetingsplek"};
    private static final String POSTCODE_LETTERS = "ABCEGHJKLMNPRTVWXZ";

    private SyntheticTexts() {}

    static String title(Kind kind, Random random) {
        return pick(TITLES.get(kind), random);
    }

    static String summary(Kind kind, Random random) {
        return pick(SUMMARIES.get(kind), random);
    }

    static String description(Random random) {
        return pick(SENTENCES, random) + " " + pick(SENTENCES, random) + " " + SENTENCES[SENTENCES.length - 1];
    }

    static String place(int slot) {
        return PLACES[slot % PLACES.length];
    }

    /** Within Zwolle's range 8011 to 8045, in the form 1234 AB. */
    static String postcode(int number) {
        var letters = POSTCODE_LETTERS.length();
        return (8011 + number % 35) + " " + POSTCODE_LETTERS.charAt(number / 35 % letters)
                + POSTCODE_LETTERS.charAt(number % letters);
    }

    private static String pick(String[] values, Random random) {
        return values[random.nextInt(values.length)];
    }
}

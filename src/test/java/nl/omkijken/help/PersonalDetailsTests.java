package nl.omkijken.help;

import static org.assertj.core.api.Assertions.assertThat;

import nl.omkijken.help.PersonalDetails.Kind;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PersonalDetailsTests {

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "Bel me op 06-12345678 gerust|PHONE",
                "Bel me op 06 12 34 56 78 gerust|PHONE",
                "Bel me op 0612345678 gerust|PHONE",
                "Bel me op +31 6 12345678 gerust|PHONE",
                "Bel me op +31612345678 gerust|PHONE",
                "Bel me op 0031 6 1234 5678 gerust|PHONE",
                "Bel me op +31 (0)6 1234 5678 gerust|PHONE",
                "Bel me op 038-4212345 gerust|PHONE",
                "Bel me op 038 421 23 45 gerust|PHONE",
                "Bel me op (038) 4212345 gerust|PHONE",
                "Mail naar trineke.devries@example.nl graag|EMAIL",
                "Mail naar jan_123@mail.zwolle.nl graag|EMAIL",
                "Ik woon op 8011 AB in Zwolle|POSTCODE",
                "Ik woon op 8011AB in Zwolle|POSTCODE",
                "Ik woon op 8011ab in Zwolle|POSTCODE",
                "Ik woon aan de Kerkstraat 12 in de buurt|ADDRESS",
                "Ik woon aan de Assendorperstraat 101a in de buurt|ADDRESS",
                "Ik woon aan de Koggelaan 3 in de buurt|ADDRESS",
                "Ik woon aan het Rodetorenplein 7 in de buurt|ADDRESS",
                "Ik woon aan de Thorbeckegracht 40-B in de buurt|ADDRESS",
                "Ik woon aan de Dorpsweg 5 in de buurt|ADDRESS"
            })
    void takesOutEveryKindOfDetail(String text, Kind kind) {
        var cleaned = PersonalDetails.clean(text);

        assertThat(cleaned.removed()).containsExactly(kind);
        assertThat(cleaned.text()).contains(PersonalDetails.REMOVED).doesNotContainPattern("\\d{4,}");
        assertThat(cleaned.text()).startsWith(text.substring(0, 8));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "Ik ben Trineke (45) en woon in de Pierik.",
                "Ik wil eens per 2 weken wandelen, om 10 uur.",
                "In 2024 op vakantie geweest, nu graag gezelschap.",
                "Ik heb 3 kinderen en 2 katten.",
                "Samen naar de markt op zaterdag.",
                "Ik loop graag in het park, 5 km per keer.",
                "Wandelen langs de Vecht, 2 keer per week.",
                "Ik stel het erg op prijs als iemand helpt.",
                "Mijn buurvrouw is 80 jaar en woont alleen.",
                "Lijn 5 stopt bij mij in de straat.",
                "Ik zit in het wijkteam van Holtenbroek."
            })
    void leavesOrdinaryWordsAndNumbersAlone(String text) {
        var cleaned = PersonalDetails.clean(text);

        assertThat(cleaned.removed()).isEmpty();
        assertThat(cleaned.text()).isEqualTo(text);
    }

    @org.junit.jupiter.api.Test
    void namesEveryKindOnceWhenThereAreSeveral() {
        var cleaned = PersonalDetails.clean(
                "Bel 06-12345678 of 06-87654321, mail a@b.nl, of kom langs op Kerkstraat 12, 8011 AB Zwolle.");

        assertThat(cleaned.removed()).containsExactlyInAnyOrder(Kind.PHONE, Kind.EMAIL, Kind.ADDRESS, Kind.POSTCODE);
        assertThat(cleaned.text())
                .isEqualTo("Bel [weggehaald] of [weggehaald], mail [weggehaald], of kom langs op [weggehaald],"
                        + " [weggehaald] Zwolle.");
    }
}

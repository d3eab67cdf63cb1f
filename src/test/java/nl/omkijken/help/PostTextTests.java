package nl.omkijken.help;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PostTextTests {

    @ParameterizedTest
    @ValueSource(
            strings = {
                "Kijk op https://example.org voor meer",
                "Kijk op http://example.org voor meer",
                "Kijk op www.mijnsite.nl voor meer",
                "Kijk op mijnsite.nl voor meer",
                "Zie facebook.com/trineke voor foto's"
            })
    void refusesLinks(String text) {
        assertThat(PostText.problem(text)).contains("help.post.text.link");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "Fiets te koop, bijna nieuw",
                "Ik wil mijn bank verkopen",
                "Wie wil mijn kast kopen?",
                "Oppassen voor € 20 per keer",
                "Oppassen voor 15 euro per uur",
                "Stofzuiger voor 25,- op te halen"
            })
    void refusesBuyingAndSelling(String text) {
        assertThat(PostText.problem(text)).contains("help.post.text.selling");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "Wie wil samen met mij boodschappen doen op dinsdag?",
                "Ik zoek iemand die boodschappen kopen voor mij wil doen.",
                "Ik stel het erg op prijs als iemand komt. Zwolle is mooi.",
                "Ik ben 45 jaar en woon in de Pierik."
            })
    void allowsOrdinaryRequests(String text) {
        assertThat(PostText.problem(text)).isEmpty();
    }

    @Test
    void stripsTagsEvenWhenNested() {
        assertThat(PostText.withoutTags("Hallo <script>alert(1)</script> <b>buren</b> <<i>>x"))
                .isEqualTo("Hallo alert(1) buren x");
    }
}

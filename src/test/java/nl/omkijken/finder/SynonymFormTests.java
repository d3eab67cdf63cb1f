package nl.omkijken.finder;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.IntStream;
import nl.omkijken.catalog.FormError;
import org.junit.jupiter.api.Test;

class SynonymFormTests {

    @Test
    void alternativesLoseBlanksExtraSpacesAndRepeatsInAnyCaseOrAccent() {
        var form = new SynonymForm(
                "  Geldzorgen ", " schulden,, Budget ,  hulp   bij formulieren, budget, SCHULDEN, café, cafe");

        assertThat(form.word()).isEqualTo("Geldzorgen");
        assertThat(form.alternativeList()).containsExactly("schulden", "Budget", "hulp bij formulieren", "café");
        assertThat(form.problems()).isEmpty();
    }

    @Test
    void aWordWithAnApostropheHyphenDigitsOrAccentsIsFine() {
        assertThat(new SynonymForm("’s-avonds", "avond").problems()).isEmpty();
        assertThat(new SynonymForm("55plus", "ouderen").problems()).isEmpty();
        assertThat(new SynonymForm("crèche", "kinderopvang, peuterspeelzaal").problems())
                .isEmpty();
    }

    @Test
    void twentyAlternativesOfSixtyCharactersFitAndOneMoreOfEitherDoesNot() {
        var twenty = String.join(
                ",",
                IntStream.range(0, 20)
                        .mapToObj(i -> "%02d".formatted(i) + "a".repeat(58))
                        .toList());

        assertThat(new SynonymForm("woord", twenty).problems()).isEmpty();
        assertThat(new SynonymForm("woord", twenty + ",nog een").problems())
                .containsExactly(new FormError("alternatives", "synonyms.alternatives.tooMany"));
        assertThat(new SynonymForm("woord", "a".repeat(61)).problems())
                .containsExactly(new FormError("alternatives", "synonyms.alternatives.tooLong"));
    }

    @Test
    void onlyAWordThatCouldBeSavedIsOfferedFromASearch() {
        assertThat(SynonymForm.isWord("wandelmaatje")).isTrue();
        assertThat(SynonymForm.isWord("koffie-inloop")).isTrue();
        assertThat(SynonymForm.isWord("<script>")).isFalse();
        assertThat(SynonymForm.isWord("a".repeat(41))).isFalse();
    }
}

package nl.omkijken.area;

import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;

class CoordinatesTests {

    @Test
    void refusesALatitudeBeyondThePoles() {
        assertThatIllegalArgumentException().isThrownBy(() -> new Coordinates(91, 6.1));
    }

    @Test
    void refusesALongitudeBeyondTheDateLine() {
        assertThatIllegalArgumentException().isThrownBy(() -> new Coordinates(52.5, 181));
    }
}

package nl.omkijken.finder;

import tools.jackson.core.SerializableString;
import tools.jackson.core.io.CharacterEscapes;

/**
 * JSON's own escapes, and {@code <}, {@code >} and {@code &} as six-character JSON escapes too, so JSON placed inside
 * an HTML script element can never contain {@code </script>} or {@code <!--} and end that element early.
 */
final class ScriptSafeEscapes extends CharacterEscapes {

    private final int[] codes = standardAsciiEscapesForJSON();

    ScriptSafeEscapes() {
        codes['<'] = ESCAPE_STANDARD;
        codes['>'] = ESCAPE_STANDARD;
        codes['&'] = ESCAPE_STANDARD;
    }

    @Override
    public int[] getEscapeCodesForAscii() {
        return codes;
    }

    @Override
    public SerializableString getEscapeSequence(int character) {
        return null;
    }
}

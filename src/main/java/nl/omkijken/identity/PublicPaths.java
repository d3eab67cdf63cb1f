package nl.omkijken.identity;

import java.util.List;

/**
 * Paths that anonymous visitors may reach. Each module that serves public pages declares a bean of this type;
 * everything else needs a signed-in account (deny by default).
 */
public record PublicPaths(List<String> patterns) {

    public PublicPaths(String... patterns) {
        this(List.of(patterns));
    }
}

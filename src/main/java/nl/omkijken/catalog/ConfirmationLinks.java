package nl.omkijken.catalog;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Optional;
import java.util.UUID;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import nl.omkijken.area.Areas;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Signed, expiring "still correct" links: anyone holding the link may confirm that one offering, nothing else.
 * The key is made once per municipality and kept in the database, so links survive restarts.
 */
@Component
class ConfirmationLinks {

    private final JdbcTemplate jdbc;
    private final Areas areas;
    private final CatalogProperties settings;
    private final Clock clock;
    private volatile byte[] key;

    ConfirmationLinks(JdbcTemplate jdbc, Areas areas, CatalogProperties settings, Clock clock) {
        this.jdbc = jdbc;
        this.areas = areas;
        this.settings = settings;
        this.clock = clock;
    }

    /** The query string of a link for this offering: o, until and sig. */
    String queryFor(UUID offeringId) {
        var until = clock.instant().plus(settings.linkValidity()).getEpochSecond();
        return "o=" + offeringId + "&until=" + until + "&sig=" + signature(offeringId, until);
    }

    /** The offering the link is for, if the signature is right and the link has not expired. */
    Optional<UUID> verify(String offering, long until, String signature) {
        UUID id;
        try {
            id = UUID.fromString(offering);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        var expected = signature(id, until).getBytes(StandardCharsets.US_ASCII);
        var given = signature == null ? new byte[0] : signature.getBytes(StandardCharsets.US_ASCII);
        var intact = MessageDigest.isEqual(expected, given);
        return intact && clock.instant().isBefore(Instant.ofEpochSecond(until)) ? Optional.of(id) : Optional.empty();
    }

    private String signature(UUID offeringId, long until) {
        try {
            var mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key(), "HmacSHA256"));
            var digest = mac.doFinal((offeringId + ":" + until).getBytes(StandardCharsets.US_ASCII));
            return HexFormat.of().formatHex(digest);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
        }
    }

    private byte[] key() {
        var current = key;
        if (current == null) {
            var municipality = areas.municipality().code();
            var fresh = new byte[32];
            new SecureRandom().nextBytes(fresh);
            jdbc.update(
                    "insert into signing_key (municipality_code, secret, created_at) values (?, ?, now())"
                            + " on conflict (municipality_code) do nothing",
                    municipality,
                    fresh);
            current = jdbc.queryForObject(
                    "select secret from signing_key where municipality_code = ?", byte[].class, municipality);
            key = current;
        }
        return current;
    }
}

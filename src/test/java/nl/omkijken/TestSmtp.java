package nl.omkijken;

import com.icegreen.greenmail.util.ServerSetup;

/**
 * The GreenMail SMTP server that mail tests start, on the port the application's test profile sends to. The port
 * is 3025 unless {@code OMKIJKEN_TEST_SMTP_PORT} says otherwise, so two test runs on one machine need not collide.
 */
public final class TestSmtp {

    public static final ServerSetup SERVER = new ServerSetup(port(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP);

    private TestSmtp() {}

    private static int port() {
        var port = System.getenv("OMKIJKEN_TEST_SMTP_PORT");
        return port == null || port.isBlank() ? 3025 : Integer.parseInt(port.trim());
    }
}

package nl.omkijken;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.util.Arrays;
import java.util.List;

/** What a test's GreenMail server received, per recipient, as plain text with quoted-printable soft breaks undone. */
public final class TestMails {

    private TestMails() {}

    /** The subject and body of every mail to this address, oldest first. */
    public static List<String> to(GreenMailExtension mail, String recipient) {
        return Arrays.stream(mail.getReceivedMessages())
                .filter(m -> recipient(m).equalsIgnoreCase(recipient))
                .map(TestMails::text)
                .toList();
    }

    private static String recipient(MimeMessage message) {
        try {
            return message.getAllRecipients()[0].toString();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String text(MimeMessage message) {
        try {
            return message.getSubject() + "\n"
                    + GreenMailUtil.getBody(message).replace("=\r\n", "").replace("=3D", "=");
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}

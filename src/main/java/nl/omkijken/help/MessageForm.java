package nl.omkijken.help;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.List;
import nl.omkijken.catalog.FormError;

/**
 * A message in a conversation, or the first one of a reaction, as the form sends it. Markup is taken out; a link, an
 * e-mail address or a phone number is refused, because contact details are shared with the button for it, when both
 * sides want to.
 *
 * @param website a field people never see; only robots fill it in
 */
record MessageForm(@NotBlank @Size(max = MAX_TEXT) String text, String website) {

    static final int MIN_TEXT = 10;
    static final int MAX_TEXT = 2000;

    MessageForm {
        text = text == null ? "" : PostText.withoutTags(text).strip();
    }

    static MessageForm empty() {
        return new MessageForm("", "");
    }

    boolean isRobot() {
        return website != null && !website.isBlank();
    }

    List<FormError> problems() {
        var problems = new ArrayList<FormError>();
        if (!text.isEmpty() && text.length() < MIN_TEXT) {
            problems.add(new FormError("text", "help.message.text.tooShort"));
        }
        if (PostText.hasLink(text)) {
            problems.add(new FormError("text", "help.message.text.link"));
        }
        var details = PersonalDetails.clean(text).removed();
        if (details.contains(PersonalDetails.Kind.EMAIL) || details.contains(PersonalDetails.Kind.PHONE)) {
            problems.add(new FormError("text", "help.message.text.contact"));
        }
        return problems;
    }
}

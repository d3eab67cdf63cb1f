package nl.omkijken.help;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A report about a post as the form sends it.
 *
 * @param website a field people never see; only robots fill it in
 */
record ReportForm(
        @NotNull ReportReason reason, @Size(max = MAX_TEXT) String text, String website) {

    static final int MAX_TEXT = 500;

    ReportForm {
        text = text == null ? "" : PostText.withoutTags(text).strip();
    }

    static ReportForm empty() {
        return new ReportForm(null, "", "");
    }

    boolean isRobot() {
        return website != null && !website.isBlank();
    }
}

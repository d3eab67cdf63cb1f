package nl.omkijken.help;

import nl.omkijken.catalog.FormError;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;

/**
 * The conversation page and its forms, the same for a signed-in side ({@code /berichten/<id>}) and for a vacancy's
 * contact on their secret link: only how the side is found differs.
 */
@Component
class ThreadScreen {

    private final Conversations conversations;
    private final ThreadPages pages;

    ThreadScreen(Conversations conversations, ThreadPages pages) {
        this.conversations = conversations;
        this.pages = pages;
    }

    String show(Conversations.Access access, String base, Model model) {
        model.addAttribute("thread", pages.of(access, base));
        return "help/conversation";
    }

    /** Sends the message, or shows the page again with what is wrong beside the field. */
    String write(Conversations.Access access, String base, MessageForm form, BindingResult result, Model model) {
        ReadableForms.require(result);
        if (form.isRobot()) {
            return "redirect:" + base;
        }
        ReadableForms.reject(result, form.problems());
        if (!result.hasErrors()) {
            try {
                conversations.write(access, form.text());
                return "redirect:" + base + "?verstuurd";
            } catch (ReactionRefused refused) {
                ReadableForms.reject(result, java.util.List.of(new FormError("text", refused.code())));
            }
        }
        return show(access, base, model);
    }

    String share(Conversations.Access access, String base) {
        conversations.share(access);
        return "redirect:" + base + "?gedeeld";
    }

    String block(Conversations.Access access, String base) {
        conversations.block(access);
        return "redirect:" + base + "?geblokkeerd";
    }

    String close(Conversations.Access access, String base) {
        conversations.close(access);
        return "redirect:" + base + "?gestopt";
    }

    String match(Conversations.Access access, String base) {
        try {
            conversations.match(access);
        } catch (ReactionRefused refused) {
            return "redirect:" + base;
        }
        return "redirect:" + base + "?gevonden";
    }
}

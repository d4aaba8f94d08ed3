package dev.latchkey.ui.view;

import dev.latchkey.ui.i18n.Language;
import dev.latchkey.ui.i18n.MailTexts;

/** What every mail shows around its content: the shop's name, and the words in the recipient's language. */
public record MailFrame(MailTexts texts, String shopName) {

    /** The text of {@code key} in the mail's language. */
    public String t(String key, Object... args) {
        return texts.get(key, args);
    }

    /** The text of {@code key} cut where its placeholder {@code {slot}} stands, for a value marked up in HTML. */
    public MailTexts.Split around(String key, int slot, Object... args) {
        return texts.around(key, slot, args);
    }

    public Language language() {
        return texts.language();
    }
}

package dev.latchkey.ui.view;

import dev.latchkey.ui.i18n.Language;
import dev.latchkey.ui.i18n.Texts;
import java.util.Arrays;
import java.util.List;

/**
 * What every customer page shows around its content: the shop, the base path of its pages
 * ({@code /ui/<tenant>}), the CSRF token to put into each form, the words in the chosen language
 * and the page's own path (for the language switcher). An empty base means the page belongs to
 * no known shop.
 */
public record PageFrame(ShopLook shop, String base, String csrfToken, Texts texts, String path) {

    /** The text of {@code key} in the page's language. */
    public String t(String key, Object... args) {
        return texts.get(key, args);
    }

    public Language language() {
        return texts.language();
    }

    /** The languages the switcher offers besides the current one. */
    public List<Language> otherLanguages() {
        return Arrays.stream(Language.values())
                .filter(language -> language != texts.language())
                .toList();
    }
}

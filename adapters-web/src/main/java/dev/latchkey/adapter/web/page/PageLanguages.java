package dev.latchkey.adapter.web.page;

import dev.latchkey.domain.policy.PasswordRule;
import dev.latchkey.domain.tenant.Tenant;
import dev.latchkey.ui.i18n.Language;
import dev.latchkey.ui.i18n.Texts;
import io.javalin.http.Context;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/** The language of a page request, and the texts of the pages in it. */
final class PageLanguages {

    private static final String TEXTS = "lk.texts";

    private final PageCookies cookies;

    PageLanguages(PageCookies cookies) {
        this.cookies = cookies;
    }

    /**
     * The language of this request: a {@code ?lang=} from the switcher (remembered from then on),
     * else the one remembered, else the browser's {@code Accept-Language}.
     */
    Texts t(Context ctx) {
        Texts cached = ctx.attribute(TEXTS);
        if (cached != null) {
            return cached;
        }
        Optional<Language> asked = Language.ofTag(ctx.queryParam("lang"));
        asked.ifPresent(language -> PagePaths.tenantPart(ctx.path())
                .ifPresent(tenant -> cookies.chooseLanguage(ctx, tenant, language.code())));
        Language language = asked.or(() -> cookies.language(ctx).flatMap(Language::ofTag))
                .orElseGet(() -> Language.ofAcceptLanguage(ctx.header("Accept-Language")));
        Texts texts = Texts.of(language);
        ctx.attribute(TEXTS, texts);
        return texts;
    }

    /** The browser's language alone, for a page shown without a shop. */
    static Texts ofBrowser(Context ctx) {
        return Texts.of(Language.ofAcceptLanguage(ctx.header("Accept-Language")));
    }

    /** Makes the customer's own language the pages' language from now on, as at sign-in. */
    void useLanguage(Context ctx, Tenant tenant, Language language) {
        cookies.chooseLanguage(ctx, tenant.name().value(), language.code());
        ctx.attribute(TEXTS, Texts.of(language));
    }

    /** How long to wait, in words: "a second", "3 minutes". */
    static String wait(Texts texts, Duration retryAfter) {
        long seconds = Math.max(1, retryAfter.toSeconds());
        if (seconds < 60) {
            return seconds == 1 ? texts.get("wait.second") : texts.get("wait.seconds", seconds);
        }
        long minutes = (seconds + 59) / 60;
        return minutes == 1 ? texts.get("wait.minute") : texts.get("wait.minutes", minutes);
    }

    /** The password rules a password failed, in words. */
    static String words(Texts texts, List<PasswordRule> rules) {
        return rules.stream().map(rule -> texts.get("rule." + rule.name())).collect(Collectors.joining(" "));
    }
}

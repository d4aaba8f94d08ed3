package dev.latchkey.adapter.web.page;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.latchkey.adapter.web.WebUseCases;
import io.javalin.http.Context;
import java.time.Clock;
import java.time.Duration;

/**
 * The server-rendered customer pages under {@code /ui/<tenant>}, built once: each page class with the use
 * cases of its area, and the guard, renderer and languages they share. The route table names their handlers.
 */
public final class Pages {

    private final PageGuard guard;
    private final PageRenderer renderer;
    private final SignInPages signIn;
    private final SignupPages signup;
    private final PasswordPages passwords;
    private final ProfileView profileView;
    private final ProfilePages profile;
    private final AddressPages addresses;
    private final EmailPages email;
    private final SessionPages sessions;
    private final AccountPages account;
    private final DevMailboxPage mailbox;
    private final ThemeStylesheet theme;
    private final PageAsset stylesheet = PageAsset.stylesheet();
    private final PageAsset script = PageAsset.script();
    private final PageAsset icon = PageAsset.icon();

    public Pages(WebUseCases useCases, ObjectMapper mapper, boolean secureCookies, Clock clock) {
        PageCookies cookies = new PageCookies(secureCookies);
        PageLanguages languages = new PageLanguages(cookies);
        renderer = new PageRenderer(cookies, languages);
        guard = new PageGuard(
                useCases.tenants(), useCases.tokens(), useCases.sessions(), cookies, renderer, languages, clock);
        profileView = new ProfileView(guard, renderer, languages, useCases.account());
        signIn = new SignInPages(guard, renderer, languages, useCases.tokens());
        signup = new SignupPages(guard, renderer, languages, useCases.signup());
        passwords = new PasswordPages(guard, renderer, languages, profileView, useCases.passwords());
        profile = new ProfilePages(guard, languages, profileView, useCases.profile());
        addresses = new AddressPages(guard, renderer, languages, profileView, useCases.addresses());
        email = new EmailPages(guard, renderer, languages, profileView, useCases.emailChange());
        sessions = new SessionPages(guard, useCases.sessions());
        account = new AccountPages(guard, renderer, languages, useCases.account(), mapper);
        mailbox = new DevMailboxPage(renderer, useCases.mail());
        theme = new ThemeStylesheet(guard);
    }

    public SignInPages signIn() {
        return signIn;
    }

    public SignupPages signup() {
        return signup;
    }

    public PasswordPages passwords() {
        return passwords;
    }

    public ProfileView profileView() {
        return profileView;
    }

    public ProfilePages profile() {
        return profile;
    }

    public AddressPages addresses() {
        return addresses;
    }

    public EmailPages email() {
        return email;
    }

    public SessionPages sessions() {
        return sessions;
    }

    public AccountPages account() {
        return account;
    }

    public DevMailboxPage mailbox() {
        return mailbox;
    }

    public ThemeStylesheet theme() {
        return theme;
    }

    public PageAsset stylesheet() {
        return stylesheet;
    }

    public PageAsset script() {
        return script;
    }

    /** The default icon of the pages, also for browsers that ask {@code /favicon.ico} whatever the page says. */
    public PageAsset icon() {
        return icon;
    }

    /** Too many passwords are being checked at once: nothing changed, the customer tries again shortly. */
    public void overloaded(Context ctx, Duration retryAfter) {
        guard.overloaded(ctx, retryAfter);
    }

    /** The database cannot be reached just now. */
    public void unavailable(Context ctx, Duration retryAfter) {
        renderer.unavailable(ctx, retryAfter);
    }

    /** Any other path under {@code /ui/}. */
    public void notFound(Context ctx) {
        guard.notFound(ctx);
    }
}

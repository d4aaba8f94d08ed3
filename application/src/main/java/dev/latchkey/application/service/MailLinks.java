package dev.latchkey.application.service;

import dev.latchkey.domain.tenant.Tenant;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.function.Supplier;

/**
 * Builds the links put in mails: the tenant's own link base when it has one, else the customer
 * pages under the service's public URL. Every one-time token travels as the {@code token} parameter.
 */
public final class MailLinks {

    private final Supplier<String> publicUrl;

    /** @param publicUrl read when a link is made: with a port picked at start, it is known only once the server listens */
    public MailLinks(Supplier<String> publicUrl) {
        this.publicUrl = publicUrl;
    }

    public String activation(Tenant tenant, String token) {
        return withToken(pagesOf(tenant) + "/optin", token);
    }

    public String login(Tenant tenant) {
        return pagesOf(tenant) + "/login";
    }

    public String passwordForgotten(Tenant tenant) {
        return pagesOf(tenant) + "/password/forgot";
    }

    public String passwordReset(Tenant tenant, String token) {
        return withToken(pagesOf(tenant) + "/password/reset", token);
    }

    public String emailChangeConfirmation(Tenant tenant, String token) {
        return withToken(pagesOf(tenant) + "/email/confirm", token);
    }

    public String emailChangeUndo(Tenant tenant, String token) {
        return withToken(pagesOf(tenant) + "/email/undo", token);
    }

    public String accountDeletion(Tenant tenant, String token) {
        return withToken(pagesOf(tenant) + "/profile/delete", token);
    }

    private String pagesOf(Tenant tenant) {
        return tenant.settings()
                .linkBase()
                .map(MailLinks::stripTrailingSlash)
                .orElseGet(() -> stripTrailingSlash(publicUrl.get()) + "/ui/"
                        + tenant.name().value());
    }

    private static String withToken(String page, String token) {
        return page + "?token=" + URLEncoder.encode(token, StandardCharsets.UTF_8);
    }

    private static String stripTrailingSlash(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }
}

package dev.latchkey.application.port.in.tenant;

import dev.latchkey.domain.tenant.Tenant;
import dev.latchkey.domain.tenant.TenantLook;
import dev.latchkey.domain.tenant.TenantName;
import dev.latchkey.domain.tenant.TenantSettings;
import dev.latchkey.domain.tenant.TokenLifetime;
import java.time.Duration;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * Changes how a tenant presents itself: its display name, its look, the base of its mailed links,
 * the addresses its pages may send customers back to, the lifetimes of its tokens and the refresh
 * reuse window. Only the parts given change.
 */
public interface ConfigureTenantUseCase {

    Result configure(Command command);

    /**
     * What to change; an empty {@code Optional} leaves that part as it is. For the logo URL, the
     * primary colour, the support address and the link base, a blank value removes it; an empty
     * list removes every allowed return URL; {@code lifetimes} holds only the lifetimes to change.
     * The values are checked when the command is made
     * (the {@code isValid...} methods of {@link Tenant}, {@link TenantLook} and {@link TenantSettings}
     * say beforehand whether a value is accepted).
     */
    record Command(
            TenantName tenant,
            Optional<String> displayName,
            Optional<String> logoUrl,
            Optional<String> primaryColor,
            Optional<String> supportEmail,
            Optional<String> linkBase,
            Optional<List<String>> allowedReturnUrls,
            Map<TokenLifetime, Duration> lifetimes,
            Optional<Duration> refreshReuseWindow) {

        public Command {
            Objects.requireNonNull(tenant, "tenant");
            Objects.requireNonNull(displayName, "displayName");
            Objects.requireNonNull(logoUrl, "logoUrl");
            Objects.requireNonNull(primaryColor, "primaryColor");
            Objects.requireNonNull(supportEmail, "supportEmail");
            Objects.requireNonNull(linkBase, "linkBase");
            Objects.requireNonNull(allowedReturnUrls, "allowedReturnUrls");
            require(displayName, Tenant::isValidDisplayName, "display name");
            require(logoUrl, url -> url.isBlank() || TenantLook.isValidLogoUrl(url), "logo URL");
            require(primaryColor, color -> color.isBlank() || TenantLook.isValidPrimaryColor(color), "primary colour");
            require(supportEmail, email -> email.isBlank() || TenantLook.isValidSupportEmail(email), "support address");
            require(linkBase, url -> url.isBlank() || TenantSettings.isValidLinkBase(url), "link base");
            require(
                    allowedReturnUrls,
                    urls -> urls.size() <= TenantSettings.MAX_RETURN_URLS
                            && urls.stream().allMatch(TenantSettings::isValidReturnUrl),
                    "list of allowed return URLs");
            allowedReturnUrls = allowedReturnUrls.map(List::copyOf);
            Objects.requireNonNull(lifetimes, "lifetimes");
            if (!lifetimes.values().stream().allMatch(TokenLifetime::isValid)) {
                throw new IllegalArgumentException("Not a valid token lifetime");
            }
            lifetimes = Map.copyOf(lifetimes);
            Objects.requireNonNull(refreshReuseWindow, "refreshReuseWindow");
            require(refreshReuseWindow, TenantSettings::isValidRefreshReuseWindow, "refresh reuse window");
        }

        /** The given parts, without a change of the refresh reuse window. */
        public Command(
                TenantName tenant,
                Optional<String> displayName,
                Optional<String> logoUrl,
                Optional<String> primaryColor,
                Optional<String> supportEmail,
                Optional<String> linkBase,
                Optional<List<String>> allowedReturnUrls,
                Map<TokenLifetime, Duration> lifetimes) {
            this(
                    tenant,
                    displayName,
                    logoUrl,
                    primaryColor,
                    supportEmail,
                    linkBase,
                    allowedReturnUrls,
                    lifetimes,
                    Optional.empty());
        }

        /** A command that changes nothing yet; the {@code with...} methods add the parts to change. */
        public static Command forTenant(TenantName tenant) {
            return new Command(
                    tenant,
                    Optional.empty(),
                    Optional.empty(),
                    Optional.empty(),
                    Optional.empty(),
                    Optional.empty(),
                    Optional.empty(),
                    Map.of(),
                    Optional.empty());
        }

        public Command withDisplayName(String displayName) {
            return new Command(
                    tenant,
                    Optional.of(displayName),
                    logoUrl,
                    primaryColor,
                    supportEmail,
                    linkBase,
                    allowedReturnUrls,
                    lifetimes,
                    refreshReuseWindow);
        }

        public Command withLogoUrl(String logoUrl) {
            return new Command(
                    tenant,
                    displayName,
                    Optional.of(logoUrl),
                    primaryColor,
                    supportEmail,
                    linkBase,
                    allowedReturnUrls,
                    lifetimes,
                    refreshReuseWindow);
        }

        public Command withPrimaryColor(String primaryColor) {
            return new Command(
                    tenant,
                    displayName,
                    logoUrl,
                    Optional.of(primaryColor),
                    supportEmail,
                    linkBase,
                    allowedReturnUrls,
                    lifetimes,
                    refreshReuseWindow);
        }

        public Command withSupportEmail(String supportEmail) {
            return new Command(
                    tenant,
                    displayName,
                    logoUrl,
                    primaryColor,
                    Optional.of(supportEmail),
                    linkBase,
                    allowedReturnUrls,
                    lifetimes,
                    refreshReuseWindow);
        }

        public Command withLinkBase(String linkBase) {
            return new Command(
                    tenant,
                    displayName,
                    logoUrl,
                    primaryColor,
                    supportEmail,
                    Optional.of(linkBase),
                    allowedReturnUrls,
                    lifetimes,
                    refreshReuseWindow);
        }

        public Command withAllowedReturnUrls(List<String> allowedReturnUrls) {
            return new Command(
                    tenant,
                    displayName,
                    logoUrl,
                    primaryColor,
                    supportEmail,
                    linkBase,
                    Optional.of(allowedReturnUrls),
                    lifetimes,
                    refreshReuseWindow);
        }

        public Command withLifetime(TokenLifetime which, Duration lifetime) {
            Map<TokenLifetime, Duration> changed = new EnumMap<>(TokenLifetime.class);
            changed.putAll(lifetimes);
            changed.put(which, lifetime);
            return new Command(
                    tenant,
                    displayName,
                    logoUrl,
                    primaryColor,
                    supportEmail,
                    linkBase,
                    allowedReturnUrls,
                    changed,
                    refreshReuseWindow);
        }

        public Command withRefreshReuseWindow(Duration window) {
            return new Command(
                    tenant,
                    displayName,
                    logoUrl,
                    primaryColor,
                    supportEmail,
                    linkBase,
                    allowedReturnUrls,
                    lifetimes,
                    Optional.of(window));
        }

        /** True when the command changes nothing. */
        public boolean isEmpty() {
            return displayName.isEmpty()
                    && logoUrl.isEmpty()
                    && primaryColor.isEmpty()
                    && supportEmail.isEmpty()
                    && linkBase.isEmpty()
                    && allowedReturnUrls.isEmpty()
                    && lifetimes.isEmpty()
                    && refreshReuseWindow.isEmpty();
        }

        private static <T> void require(Optional<T> value, Predicate<T> valid, String what) {
            if (value.isPresent() && !valid.test(value.get())) {
                throw new IllegalArgumentException("Not a valid " + what);
            }
        }
    }

    sealed interface Result {}

    /** @param tenant the tenant as stored after the change */
    record Configured(Tenant tenant) implements Result {}

    record UnknownTenant(TenantName tenant) implements Result {}
}

package dev.latchkey.application.port.out;

import dev.latchkey.domain.customer.EmailAddress;
import dev.latchkey.domain.policy.FailedLogins;
import dev.latchkey.domain.tenant.TenantName;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * Counts failed logins per account and per client address in storage every node shares, so the
 * counts hold across restarts and nodes.
 */
public interface LoginFailureRepository {

    Optional<FailedLogins> find(Key key);

    /**
     * Counts one more failure at {@code now}, atomically even when several nodes count at once. When
     * the key's counting window started {@code window} or longer ago, a new window starts with this
     * failure as its first.
     */
    FailedLogins recordFailure(Key key, Instant now, Duration window);

    /** Forgets the key's failures, as after a successful login. */
    void clear(Key key);

    /** Forgets an account's failures, as a password reset does. */
    default void clearAccount(TenantName tenant, EmailAddress email) {
        clear(Key.account(tenant, email));
    }

    /** What failures are counted for. */
    enum Kind {
        ACCOUNT,
        ADDRESS
    }

    /**
     * One account (its email, known or not, so that counting tells nothing about which addresses have
     * accounts) or one client address, within a tenant.
     */
    record Key(Kind kind, TenantName tenant, String subject) {

        public Key {
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(tenant, "tenant");
            Objects.requireNonNull(subject, "subject");
        }

        public static Key account(TenantName tenant, EmailAddress email) {
            return new Key(Kind.ACCOUNT, tenant, email.value());
        }

        public static Key address(TenantName tenant, String clientAddress) {
            return new Key(Kind.ADDRESS, tenant, clientAddress);
        }

        @Override
        public String toString() {
            return "Key[" + kind + ", " + tenant + "]";
        }
    }
}

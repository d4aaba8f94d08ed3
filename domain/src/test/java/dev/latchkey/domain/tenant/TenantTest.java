package dev.latchkey.domain.tenant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TenantTest {

    private final Tenant shop = new Tenant(
            new TenantName("shop"),
            "The shop",
            TenantSettings.defaults(),
            TenantLook.none(),
            Instant.parse("2030-01-15T10:00:00Z"));

    @Test
    void aDisplayNameIs1To100Characters() {
        assertThat(shop.withDisplayName("x".repeat(100)).displayName()).hasSize(100);
        assertThatThrownBy(() -> shop.withDisplayName("x".repeat(101))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> shop.withDisplayName(" ")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aTenantNeedsALook() {
        assertThatThrownBy(() -> shop.withLook(null)).isInstanceOf(NullPointerException.class);
    }

    @Test
    void eachPartChangesAlone() {
        TenantLook look = TenantLook.none().withPrimaryColor(Optional.of("#112233"));

        Tenant changed = shop.withLook(look);

        assertThat(changed)
                .isEqualTo(new Tenant(shop.name(), shop.displayName(), shop.settings(), look, shop.createdAt()));
    }
}

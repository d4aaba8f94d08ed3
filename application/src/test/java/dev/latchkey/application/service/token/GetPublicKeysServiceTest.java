package dev.latchkey.application.service.token;

import static dev.latchkey.application.fake.FakePorts.SHOP;
import static org.assertj.core.api.Assertions.assertThat;

import dev.latchkey.application.fake.FakePorts;
import dev.latchkey.domain.tenant.TenantName;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class GetPublicKeysServiceTest {

    private final FakePorts ports = new FakePorts();
    private final GetPublicKeysService service =
            new GetPublicKeysService(ports.tenants, ports.signingKeys, ports.signer);

    @Test
    void knownTenantPublishesItsKeysNewestFirst() {
        ports.clock.advance(Duration.ofDays(1));
        ports.signingKeys.add(ports.signer.newKey(SHOP, ports.clock.instant()));

        assertThat(service.publicKeys(SHOP)).contains("keys[shop-key-3,shop-key-1]");
    }

    @Test
    void unknownTenantPublishesNothing() {
        assertThat(service.publicKeys(new TenantName("nowhere"))).isEmpty();
    }
}

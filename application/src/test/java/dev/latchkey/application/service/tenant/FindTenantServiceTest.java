package dev.latchkey.application.service.tenant;

import static dev.latchkey.application.fake.FakePorts.SHOP;
import static org.assertj.core.api.Assertions.assertThat;

import dev.latchkey.application.fake.FakePorts;
import dev.latchkey.domain.tenant.TenantName;
import org.junit.jupiter.api.Test;

class FindTenantServiceTest {

    private final FakePorts ports = new FakePorts();
    private final FindTenantService service = new FindTenantService(ports.tenants);

    @Test
    void knownTenantIsFound() {
        assertThat(service.find(SHOP)).contains(ports.tenant(SHOP));
    }

    @Test
    void unknownTenantIsNotFound() {
        assertThat(service.find(new TenantName("nowhere"))).isEmpty();
    }
}

package dev.latchkey.application.service.password;

import dev.latchkey.application.fake.FakePorts;
import dev.latchkey.application.port.in.RequestOrigin;
import dev.latchkey.application.port.in.token.CustomerTokens;
import dev.latchkey.domain.customer.Customer;
import dev.latchkey.domain.policy.PasswordPolicy;

/** The password services' helpers wired to the fake ports, and a few shared test steps. */
final class PasswordServices {

    /** A tiny stand-in for the shipped list of common passwords. */
    static final PasswordPolicy POLICY = new PasswordPolicy(
            password -> password.equals("password") || password.equals("123456789") || password.equals("iloveyou123"));

    private PasswordServices() {}

    static PasswordReplacer replacer(FakePorts ports) {
        return new PasswordReplacer(
                ports.customers,
                ports.emailTokens,
                ports.sessions,
                ports.composer,
                ports.outbox,
                ports.links,
                ports.events);
    }

    /** Logs the customer in on one more device. */
    static CustomerTokens logIn(FakePorts ports, Customer customer) {
        return ports.tokenFactory()
                .startSession(
                        ports.tenant(customer.tenant()),
                        customer,
                        FakePorts.SHOP_STOREFRONT,
                        new RequestOrigin("127.0.0.1", "test"),
                        ports.clock.instant());
    }
}

package dev.latchkey.application.port.in.admin;

import dev.latchkey.domain.customer.AccountStatus;
import dev.latchkey.domain.customer.Customer;
import dev.latchkey.domain.customer.CustomerId;
import dev.latchkey.domain.customer.CustomerNumber;
import dev.latchkey.domain.customer.EmailAddress;
import java.time.Instant;

/** What a shop's backend sees of a customer: never the password hash. */
public record CustomerSummary(
        CustomerId id, CustomerNumber number, EmailAddress email, AccountStatus status, Instant createdAt) {

    public static CustomerSummary of(Customer customer) {
        return new CustomerSummary(
                customer.id(), customer.number(), customer.email(), customer.status(), customer.createdAt());
    }
}

package dev.latchkey.application.service.admin;

import dev.latchkey.application.port.in.admin.CustomerSummary;
import dev.latchkey.application.port.in.admin.ListCustomersUseCase;
import dev.latchkey.application.port.out.CustomerRepository;
import dev.latchkey.domain.email.EmailSyntax;
import java.util.Optional;

/** Pages through a tenant's customers for the shop's backend; the search is a case-insensitive part of the email, in the form emails are kept. */
public final class ListCustomersService implements ListCustomersUseCase {

    private final CustomerRepository customers;

    public ListCustomersService(CustomerRepository customers) {
        this.customers = customers;
    }

    @Override
    public CustomerPage list(Command command) {
        Optional<String> search = command.emailContains()
                .map(String::strip)
                .filter(text -> !text.isEmpty())
                .map(EmailSyntax::normalise);
        long offset = (long) (command.page() - 1) * command.pageSize();
        CustomerRepository.Page found = customers.search(command.tenant(), search, offset, command.pageSize());
        return new CustomerPage(
                found.customers().stream().map(CustomerSummary::of).toList(),
                command.page(),
                command.pageSize(),
                found.total());
    }
}

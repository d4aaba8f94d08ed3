package dev.latchkey.application.port.in.customer;

/** The use cases that move customers in and out in bulk: the import from another shop and the export. */
public record CustomerTransferUseCases(
        ImportCustomersUseCase importCustomers, ExportCustomersUseCase exportCustomers) {}

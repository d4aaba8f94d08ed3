package dev.latchkey.application.port.in.admin;

import dev.latchkey.application.port.in.password.SetPasswordUseCase;
import dev.latchkey.application.port.in.password.TriggerPasswordResetUseCase;

/** The use cases of a shop's backend on its customers (the service API). */
public record AdminUseCases(
        ListCustomersUseCase listCustomers,
        GetCustomerUseCase getCustomer,
        BlockCustomerUseCase block,
        UnblockCustomerUseCase unblock,
        DeleteCustomerUseCase delete,
        TriggerPasswordResetUseCase triggerPasswordReset,
        SetPasswordUseCase setPassword) {}

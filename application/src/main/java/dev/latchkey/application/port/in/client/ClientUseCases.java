package dev.latchkey.application.port.in.client;

/** The use cases of a tenant's clients (storefronts and service clients). */
public record ClientUseCases(CreateClientUseCase create, ListClientsUseCase list, RevokeClientUseCase revoke) {}

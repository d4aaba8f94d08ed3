package dev.latchkey.application.port.in.profile;

/** The use cases of the customer's profile. */
public record ProfileUseCases(GetProfileUseCase get, UpdateProfileUseCase update) {}

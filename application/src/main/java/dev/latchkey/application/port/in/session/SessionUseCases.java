package dev.latchkey.application.port.in.session;

/** The use cases of the customer's login sessions. */
public record SessionUseCases(
        ListSessionsUseCase list,
        EndSessionUseCase end,
        EndOtherSessionsUseCase endOthers,
        KeepSessionAliveUseCase keepAlive) {}

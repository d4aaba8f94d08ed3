package dev.latchkey.application.port.in.retention;

/** The use cases run on a schedule: acting on left-over mail requests, and the purge of expired records. */
public record UpkeepUseCases(
        ResumeDeferredWorkUseCase resumeDeferredWork, PurgeExpiredRecordsUseCase purgeExpiredRecords) {}

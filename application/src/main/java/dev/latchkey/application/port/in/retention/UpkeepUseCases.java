package dev.latchkey.application.port.in.retention;

import dev.latchkey.application.port.in.mail.ResumeDeferredMailsUseCase;

/** The use cases run on a schedule: acting on left-over mail requests, and the purge of expired records. */
public record UpkeepUseCases(
        ResumeDeferredMailsUseCase resumeDeferredMails, PurgeExpiredRecordsUseCase purgeExpiredRecords) {}

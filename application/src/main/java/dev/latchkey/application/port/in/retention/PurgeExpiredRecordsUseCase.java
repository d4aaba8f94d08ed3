package dev.latchkey.application.port.in.retention;

import java.util.Map;

/** Deletes the records that are past their keeping time: expired tokens, ended sessions, delivered mail, old counters. */
public interface PurgeExpiredRecordsUseCase {

    /** Works through everything that is due, in short steps; stops early when the thread is interrupted. */
    Purged purge();

    /** What a purge deleted. */
    enum RecordKind {
        ACCESS_GRANT,
        REFRESH_TOKEN,
        LOGIN_SESSION,
        EMAIL_TOKEN,
        SENT_MAIL,
        FAILED_MAIL,
        LOGIN_FAILURE,
        MAIL_QUOTA_SLOT
    }

    /** How many records of each kind a purge deleted. */
    record Purged(Map<RecordKind, Integer> byKind) {

        public Purged {
            byKind = Map.copyOf(byKind);
        }

        public int total() {
            return byKind.values().stream().mapToInt(Integer::intValue).sum();
        }
    }
}

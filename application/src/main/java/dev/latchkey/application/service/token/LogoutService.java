package dev.latchkey.application.service.token;

import dev.latchkey.application.port.in.token.LogoutUseCase;
import dev.latchkey.application.port.out.LoginSessionRepository;
import dev.latchkey.application.port.out.Transactions;
import dev.latchkey.domain.token.AccessGrant;
import java.time.Clock;

/** Ends a customer's login session. */
public final class LogoutService implements LogoutUseCase {

    private final LoginSessionRepository sessions;
    private final Transactions transactions;
    private final Clock clock;

    public LogoutService(LoginSessionRepository sessions, Transactions transactions, Clock clock) {
        this.sessions = sessions;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Override
    public void logout(AccessGrant grant) {
        transactions.run(() -> sessions.revoke(grant.session(), clock.instant()));
    }
}

package dev.latchkey.application.service.account;

import dev.latchkey.application.port.in.account.AccountOverviewUseCase;
import dev.latchkey.application.port.in.account.ListSecurityEventsUseCase;
import dev.latchkey.application.port.in.profile.GetProfileUseCase;
import dev.latchkey.application.port.in.session.ListSessionsUseCase;

/** The account page's view, read through the use cases that read each of its parts. */
public final class AccountOverviewService implements AccountOverviewUseCase {

    private final GetProfileUseCase getProfile;
    private final ListSessionsUseCase listSessions;
    private final ListSecurityEventsUseCase listEvents;

    public AccountOverviewService(
            GetProfileUseCase getProfile, ListSessionsUseCase listSessions, ListSecurityEventsUseCase listEvents) {
        this.getProfile = getProfile;
        this.listSessions = listSessions;
        this.listEvents = listEvents;
    }

    @Override
    public Result overview(Command command) {
        var profile = getProfile.get(new GetProfileUseCase.Command(command.tenant(), command.customer(), true));
        if (!(profile instanceof GetProfileUseCase.Found found)) {
            return new UnknownCustomer();
        }
        return new Overview(
                found.profile(),
                listSessions.list(new ListSessionsUseCase.Command(
                        command.tenant(), command.customer(), command.currentSession())),
                listEvents.list(new ListSecurityEventsUseCase.Command(command.tenant(), command.customer())));
    }
}

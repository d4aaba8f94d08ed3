package dev.latchkey.application.service.password;

import dev.latchkey.application.port.in.password.TriggerPasswordResetUseCase;
import dev.latchkey.application.port.out.DeferredRequest;
import dev.latchkey.application.service.DeferredWork;
import java.util.Optional;

/**
 * Mails a reset link on behalf of a shop's backend, like a customer's own request. Accounts have no
 * type yet and all count as {@code CUSTOMER}, so a request for a {@code COMPANY} login mails nobody.
 */
public final class TriggerPasswordResetService implements TriggerPasswordResetUseCase {

    private final DeferredWork deferredWork;

    public TriggerPasswordResetService(DeferredWork deferredWork) {
        this.deferredWork = deferredWork;
    }

    @Override
    public void trigger(Command command) {
        deferredWork.submit(
                DeferredRequest.Kind.PASSWORD_RESET, command.tenant(), command.email(), Optional.of(command.type()));
    }
}

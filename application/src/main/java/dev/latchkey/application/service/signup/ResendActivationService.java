package dev.latchkey.application.service.signup;

import dev.latchkey.application.port.in.signup.ResendActivationUseCase;
import dev.latchkey.application.port.out.DeferredRequest;
import dev.latchkey.application.service.DeferredWork;
import java.util.Optional;

/**
 * Sends pending accounts a new activation mail; unknown and active accounts get nothing, and the caller
 * cannot tell: not from the answer, and not from its time, since nothing is looked up before it (the
 * request is deferred, see {@link ActivationResender} for what happens then).
 */
public final class ResendActivationService implements ResendActivationUseCase {

    private final DeferredWork deferredWork;

    public ResendActivationService(DeferredWork deferredWork) {
        this.deferredWork = deferredWork;
    }

    @Override
    public void resend(Command command) {
        deferredWork.submit(
                DeferredRequest.Kind.ACTIVATION_RESEND, command.tenant(), command.email(), Optional.empty());
    }
}

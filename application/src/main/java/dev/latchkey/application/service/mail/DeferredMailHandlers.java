package dev.latchkey.application.service.mail;

import dev.latchkey.application.port.out.DeferredMailRequest;
import dev.latchkey.application.service.password.PasswordResetMailer;
import dev.latchkey.application.service.signup.ActivationResender;
import java.util.Map;
import java.util.function.Consumer;

/** What acting on each kind of deferred mail request means, for {@link dev.latchkey.application.service.DeferredMails}. */
public final class DeferredMailHandlers {

    private DeferredMailHandlers() {
    }

    public static Map<DeferredMailRequest.Kind, Consumer<DeferredMailRequest>> of(PasswordResetMailer resetMailer,
                                                                                  ActivationResender activationResender) {
        return Map.of(
                DeferredMailRequest.Kind.PASSWORD_RESET, request -> request.customerType().ifPresentOrElse(
                        type -> resetMailer.mailIfActiveAndOf(request.tenant(), request.email(), type),
                        () -> resetMailer.mailIfActive(request.tenant(), request.email())),
                DeferredMailRequest.Kind.ACTIVATION_RESEND,
                request -> activationResender.resendIfPending(request.tenant(), request.email()));
    }
}

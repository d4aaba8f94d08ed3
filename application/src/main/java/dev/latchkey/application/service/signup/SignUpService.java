package dev.latchkey.application.service.signup;

import dev.latchkey.application.port.in.signup.SignUpUseCase;
import dev.latchkey.application.port.out.PasswordHasher;
import dev.latchkey.application.port.out.SignupDetails;
import dev.latchkey.application.port.out.TenantRepository;
import dev.latchkey.application.service.DeferredWork;
import dev.latchkey.domain.credential.PasswordHash;
import dev.latchkey.domain.policy.PasswordPolicy;
import dev.latchkey.domain.policy.PasswordRule;
import dev.latchkey.domain.profile.Address;
import dev.latchkey.domain.profile.AddressId;
import dev.latchkey.domain.profile.Profile;
import dev.latchkey.domain.profile.ProfilePatch;
import java.util.List;
import java.util.Optional;

/**
 * Signs customers up with double opt-in. The password is checked and hashed, the signup stored, and the
 * answer given, before the email is looked up: a taken address and a new one do the same work and get the
 * same answer. The account (or the note to the owner of a taken address) comes afterwards, from the
 * stored signup ({@link SignupCompleter}).
 */
public final class SignUpService implements SignUpUseCase {

    private final TenantRepository tenants;
    private final PasswordHasher hasher;
    private final PasswordPolicy policy;
    private final DeferredWork deferredWork;

    public SignUpService(
            TenantRepository tenants, PasswordHasher hasher, PasswordPolicy policy, DeferredWork deferredWork) {
        this.tenants = tenants;
        this.hasher = hasher;
        this.policy = policy;
        this.deferredWork = deferredWork;
    }

    @Override
    public Result signUp(Command command) {
        if (tenants.find(command.tenant()).isEmpty()) {
            return new UnknownTenant();
        }
        List<PasswordRule> failed = policy.check(command.password(), Optional.of(command.email()));
        if (!failed.isEmpty()) {
            return new PasswordRejected(failed);
        }
        PasswordHash hash = hasher.hash(command.password());
        Profile profile = Profile.defaults().apply(command.details().orElse(ProfilePatch.none()));
        Optional<Address> address =
                command.address().map(patch -> Address.empty(AddressId.random()).apply(patch));
        deferredWork.submitSignup(command.tenant(), command.email(), new SignupDetails(hash, profile, address));
        return new SignedUp();
    }
}

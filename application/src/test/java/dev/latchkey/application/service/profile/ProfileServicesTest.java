package dev.latchkey.application.service.profile;

import static dev.latchkey.application.fake.FakePorts.RIVAL;
import static dev.latchkey.application.fake.FakePorts.SHOP;
import static org.assertj.core.api.Assertions.assertThat;

import dev.latchkey.application.fake.FakePorts;
import dev.latchkey.application.port.in.profile.GetProfileUseCase;
import dev.latchkey.application.port.in.profile.UpdateProfileUseCase;
import dev.latchkey.domain.customer.AccountStatus;
import dev.latchkey.domain.customer.Customer;
import dev.latchkey.domain.profile.Address;
import dev.latchkey.domain.profile.AddressId;
import dev.latchkey.domain.profile.Change;
import dev.latchkey.domain.profile.Profile;
import dev.latchkey.domain.profile.ProfilePatch;
import org.junit.jupiter.api.Test;

class ProfileServicesTest {

    private final FakePorts ports = new FakePorts();
    private final GetProfileService get =
            new GetProfileService(ports.customers, ports.profiles, ports.addresses, ports.transactions);
    private final UpdateProfileService update =
            new UpdateProfileService(ports.customers, ports.profiles, ports.addresses, ports.transactions);
    private final Customer ada =
            ports.addCustomer(SHOP, "ada@example.test", "correct horse battery", AccountStatus.ACTIVE);

    @Test
    void aPatchIsAppliedToTheStoredProfileAndAnswered() {
        var result = (UpdateProfileUseCase.Updated)
                update.update(new UpdateProfileUseCase.Command(SHOP, ada.id(), firstName(Change.to("Ada"))));
        update.update(new UpdateProfileUseCase.Command(SHOP, ada.id(), ProfilePatch.none()));

        assertThat(result.profile().profile().firstName()).isEqualTo("Ada");
        assertThat(ports.profiles.find(ada.id()).orElseThrow().firstName()).isEqualTo("Ada");
        assertThat(ports.profiles.find(ada.id()).orElseThrow().preferredCurrency())
                .isEqualTo(Profile.DEFAULT_CURRENCY);
        assertThat(ports.addresses.locks()).containsExactly(ada.id(), ada.id());
    }

    @Test
    void aCustomerOfAnotherTenantIsUnknown() {
        assertThat(update.update(new UpdateProfileUseCase.Command(RIVAL, ada.id(), firstName(Change.to("Eve")))))
                .isEqualTo(new UpdateProfileUseCase.UnknownCustomer());
        assertThat(get.get(new GetProfileUseCase.Command(RIVAL, ada.id(), true)))
                .isEqualTo(new GetProfileUseCase.UnknownCustomer());
        assertThat(ports.profiles.find(ada.id()).orElseThrow().firstName()).isNull();
    }

    @Test
    void theAddressesComeOnlyWhenAskedFor() {
        ports.addresses.add(ada.id(), Address.empty(AddressId.random()));

        var with = (GetProfileUseCase.Found) get.get(new GetProfileUseCase.Command(SHOP, ada.id(), true));
        var without = (GetProfileUseCase.Found) get.get(new GetProfileUseCase.Command(SHOP, ada.id(), false));

        assertThat(with.profile().addresses().orElseThrow()).hasSize(1);
        assertThat(without.profile().addresses()).isEmpty();
        assertThat(with.profile().number()).isEqualTo(ada.number());
    }

    private static ProfilePatch firstName(Change<String> change) {
        return new ProfilePatch(
                Change.keep(),
                change,
                Change.keep(),
                Change.keep(),
                Change.keep(),
                Change.keep(),
                Change.keep(),
                Change.keep(),
                Change.keep(),
                Change.keep(),
                Change.keep(),
                Change.keep(),
                Change.keep(),
                Change.keep());
    }
}

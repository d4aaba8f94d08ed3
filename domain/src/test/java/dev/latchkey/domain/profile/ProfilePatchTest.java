package dev.latchkey.domain.profile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.latchkey.domain.profile.InvalidFieldException.Problem;
import org.junit.jupiter.api.Test;

class ProfilePatchTest {

    @Test
    void aNewProfileHasTheDefaults() {
        Profile profile = Profile.defaults();

        assertThat(profile.preferredLanguage()).isEqualTo("en_US");
        assertThat(profile.preferredCurrency()).isEqualTo("USD");
        assertThat(profile.preferredSite()).isEqualTo("main");
        assertThat(profile.type()).isEqualTo(CustomerType.CUSTOMER);
        assertThat(profile.firstName()).isNull();
    }

    @Test
    void onlyTheFieldsInThePatchChange() {
        Profile before = Profile.defaults().apply(patch(Change.to("Ada"), Change.to("EUR"), Change.to("{\"a\":1}")));

        Profile after = before.apply(patch(Change.keep(), Change.keep(), Change.keep()));

        assertThat(after).isEqualTo(before);
        assertThat(after.firstName()).isEqualTo("Ada");
        assertThat(after.preferredCurrency()).isEqualTo("EUR");
        assertThat(after.metadata()).isEqualTo("{\"a\":1}");
    }

    @Test
    void clearingEmptiesAnOptionalFieldAndResetsADefaultedOne() {
        Profile before = Profile.defaults().apply(patch(Change.to("Ada"), Change.to("EUR"), Change.to("{}")));

        Profile after = before.apply(patch(Change.clear(), Change.clear(), Change.clear()));

        assertThat(after.firstName()).isNull();
        assertThat(after.preferredCurrency()).isEqualTo("USD");
        assertThat(after.metadata()).isNull();
    }

    @Test
    void aBlankTextClearsTheField() {
        Profile after = Profile.defaults()
                .apply(patch(Change.to("Ada"), Change.keep(), Change.keep()))
                .apply(patch(Change.to("   "), Change.keep(), Change.keep()));

        assertThat(after.firstName()).isNull();
    }

    @Test
    void valuesAreTrimmedAndNormalised() {
        assertThat(FieldRules.text("firstName", "  Ada ", 100)).isEqualTo("Ada");
        assertThat(FieldRules.email("contactEmail", " Ada@Example.TEST ")).isEqualTo("ada@example.test");
        assertThat(FieldRules.country("country", "de")).isEqualTo("DE");
        assertThat(FieldRules.language("preferredLanguage", "de-DE")).isEqualTo("de-DE");
        assertThat(FieldRules.language("preferredLanguage", "en_US")).isEqualTo("en_US");
        assertThat(CustomerType.parse("type", "Company")).isEqualTo(CustomerType.COMPANY);
    }

    @Test
    void eachRuleNamesTheFieldItRefuses() {
        assertRefused(() -> FieldRules.text("firstName", "x".repeat(101), 100), "firstName", Problem.TOO_LONG);
        assertRefused(() -> FieldRules.text("lastName", "a\nb", 100), "lastName", Problem.INVALID_VALUE);
        assertRefused(() -> FieldRules.phone("contactPhone", "call me"), "contactPhone", Problem.INVALID_VALUE);
        assertRefused(
                () -> FieldRules.language("preferredLanguage", "zz_ZZ"), "preferredLanguage", Problem.INVALID_VALUE);
        assertRefused(
                () -> FieldRules.currency("preferredCurrency", "usd"), "preferredCurrency", Problem.INVALID_VALUE);
        assertRefused(
                () -> FieldRules.currency("preferredCurrency", "ABC"), "preferredCurrency", Problem.INVALID_VALUE);
        assertRefused(() -> FieldRules.site("preferredSite", "a b"), "preferredSite", Problem.INVALID_VALUE);
        assertRefused(() -> FieldRules.email("contactEmail", "nope"), "contactEmail", Problem.INVALID_VALUE);
        assertRefused(() -> FieldRules.country("country", "XX"), "country", Problem.INVALID_VALUE);
        assertRefused(() -> FieldRules.jsonObject("metadata", "[1]"), "metadata", Problem.INVALID_VALUE);
        assertRefused(
                () -> FieldRules.jsonObject("mixins", "{\"a\":\"" + "x".repeat(FieldRules.MAX_JSON_BYTES) + "\"}"),
                "mixins",
                Problem.TOO_LONG);
        assertRefused(() -> CustomerType.parse("type", "robot"), "type", Problem.INVALID_VALUE);
    }

    @Test
    void aPatchChecksItsValuesWhenMade() {
        assertRefused(
                () -> patch(Change.to("x".repeat(101)), Change.keep(), Change.keep()), "firstName", Problem.TOO_LONG);
        assertRefused(
                () -> patch(Change.keep(), Change.to("EURO"), Change.keep()), "preferredCurrency", Problem.TOO_LONG);
    }

    @Test
    void tagsAreTrimmedUpperCasedAndDeduplicated() {
        assertThat(AddressTags.normalize("tags", java.util.List.of(" billing", "BILLING", "ship-to_2")))
                .containsExactly("BILLING", "SHIP-TO_2");
        assertRefused(() -> AddressTags.normalize("tags", java.util.List.of("")), "tags", Problem.INVALID_VALUE);
        assertRefused(
                () -> AddressTags.normalize("tags", java.util.List.of("X".repeat(33))), "tags", Problem.INVALID_VALUE);
        assertRefused(
                () -> AddressTags.ofAddress(
                        "tags",
                        java.util.stream.IntStream.range(0, 21)
                                .mapToObj(i -> "T" + i)
                                .toList()),
                "tags",
                Problem.TOO_MANY);
    }

    @Test
    void anAddressPatchChangesOnlyWhatItNames() {
        Address address = Address.empty(AddressId.random())
                .apply(addressPatch(Change.to("Main St"), Change.to("de"), Change.to(true)));

        Address patched = address.apply(addressPatch(Change.keep(), Change.clear(), Change.keep()));

        assertThat(patched.street()).isEqualTo("Main St");
        assertThat(address.country()).isEqualTo("DE");
        assertThat(patched.country()).isNull();
        assertThat(patched.isDefault()).isTrue();
        assertThat(patched.apply(addressPatch(Change.keep(), Change.keep(), Change.clear()))
                        .isDefault())
                .isFalse();
    }

    private static ProfilePatch patch(Change<String> firstName, Change<String> currency, Change<String> metadata) {
        return new ProfilePatch(
                Change.keep(),
                firstName,
                Change.keep(),
                Change.keep(),
                Change.keep(),
                Change.keep(),
                Change.keep(),
                currency,
                Change.keep(),
                Change.keep(),
                Change.keep(),
                Change.keep(),
                metadata,
                Change.keep());
    }

    private static AddressPatch addressPatch(Change<String> street, Change<String> country, Change<Boolean> isDefault) {
        return new AddressPatch(
                Change.keep(),
                Change.keep(),
                street,
                Change.keep(),
                Change.keep(),
                Change.keep(),
                Change.keep(),
                Change.keep(),
                Change.keep(),
                Change.keep(),
                Change.keep(),
                country,
                Change.keep(),
                Change.keep(),
                Change.keep(),
                isDefault,
                Change.keep(),
                Change.keep());
    }

    private static void assertRefused(Runnable rule, String field, Problem problem) {
        assertThatThrownBy(rule::run).isInstanceOfSatisfying(InvalidFieldException.class, e -> {
            assertThat(e.field()).isEqualTo(field);
            assertThat(e.problem()).isEqualTo(problem);
        });
    }
}

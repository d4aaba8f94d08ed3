package dev.latchkey.domain.tenant;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TenantNameTest {

    @ParameterizedTest
    @ValueSource(strings = {"demo", "abc", "shop2024", "abcdefghijklmnop"})
    void acceptsLowerCaseNamesOf3To16Characters(String name) {
        assertThat(TenantName.isValid(name)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"ab", "abcdefghijklmnopq", "Demo", "1shop", "my-shop", "my_shop", ""})
    void rejectsEverythingElse(String name) {
        assertThat(TenantName.isValid(name)).isFalse();
    }
}

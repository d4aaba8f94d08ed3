package dev.latchkey.adapter.web.page;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DeviceNameTest {

    @Test
    void commonBrowsersAreNamedWithTheirSystem() {
        assertThat(DeviceName.of("Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) "
                        + "Chrome/156.0.0.0 Safari/537.36"))
                .hasValueSatisfying(name -> assertThat(name).containsExactly("Chrome", "Linux"));
        assertThat(DeviceName.of("Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) "
                        + "Chrome/130.0 Safari/537.36 Edg/130.0"))
                .hasValueSatisfying(name -> assertThat(name).containsExactly("Edge", "Windows"));
        assertThat(DeviceName.of("Mozilla/5.0 (iPhone; CPU iPhone OS 17_0 like Mac OS X) AppleWebKit/605.1.15 "
                        + "(KHTML, like Gecko) Version/17.0 Mobile/15E148 Safari/604.1"))
                .hasValueSatisfying(name -> assertThat(name).containsExactly("Safari", "iOS"));
        assertThat(DeviceName.of("Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) "
                        + "Chrome/130.0 Mobile Safari/537.36"))
                .hasValueSatisfying(name -> assertThat(name).containsExactly("Chrome", "Android"));
    }

    @Test
    void anythingElseHasNoShortName() {
        assertThat(DeviceName.of("Java-http-client/17.0.15")).isEmpty();
        assertThat(DeviceName.of("curl/8.5.0")).isEmpty();
        assertThat(DeviceName.of(null)).isEmpty();
    }
}

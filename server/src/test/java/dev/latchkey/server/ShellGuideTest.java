package dev.latchkey.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ShellGuideTest {

    private static final String OUTPUT = """
            HTTP/1.1 200 OK\r
            Content-Type: application/json\r
            \r
            {"access_token":"9KI7NudAbc","token_type":"Bearer","expires_in":3600}
            """;

    @Test
    void anAnswerWithItsHeadersLeftOutAndValuesShortenedMatches() {
        assertThat(ShellGuide.missingLine(
                        "HTTP/1.1 200 OK\n{\"access_token\":\"u_-kDZ…\",\"token_type\":\"Bearer\",…}\n", OUTPUT))
                .isEmpty();
    }

    @Test
    void textBeforeAShortenedTokenMustMatch() {
        assertThat(ShellGuide.missingLine("{\"refresh_token\":\"9KI7…\",…}\n", OUTPUT))
                .isPresent();
    }

    @Test
    void anotherStatusDoesNotMatch() {
        assertThat(ShellGuide.missingLine("HTTP/1.1 201 Created\n", OUTPUT)).contains("HTTP/1.1 201 Created");
    }

    @Test
    void aFieldTheAnswerLacksDoesNotMatch() {
        assertThat(ShellGuide.missingLine("{\"access_token\":\"…\",\"scope\":\"…\"}\n", OUTPUT))
                .isPresent();
    }

    @Test
    void linesMustComeInTheOrderShown() {
        assertThat(ShellGuide.missingLine("{\"access_token\":…}\nHTTP/1.1 200 OK\n", OUTPUT))
                .contains("HTTP/1.1 200 OK");
    }

    @Test
    void shBlocksTakeTheTextBlockAfterThemAsAnswerAndNamedBlocksBecomeFiles() {
        ShellGuide guide = ShellGuide.parse("""
                Start:

                ```sh
                curl -s http://localhost:8080/health/ready
                ```

                ```text
                {"status":"UP"}
                ```

                Save this as `check.mjs`:

                ```js
                console.log('ok');
                ```

                ```sh
                node check.mjs
                ```
                """).replacing("localhost:8080", "localhost:1234");

        assertThat(guide.steps())
                .extracting(ShellGuide.Step::script)
                .containsExactly("curl -s http://localhost:1234/health/ready\n", "node check.mjs\n");
        assertThat(guide.steps().get(0).answer()).contains("{\"status\":\"UP\"}\n");
        assertThat(guide.steps().get(1).answer()).isEmpty();
        assertThat(guide.files()).containsEntry("check.mjs", "console.log('ok');\n");
    }

    @Test
    void anAnswerWithoutACommandBeforeItIsRefused() {
        assertThatThrownBy(() -> ShellGuide.parse("```text\nHTTP/1.1 200 OK\n```\n"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}

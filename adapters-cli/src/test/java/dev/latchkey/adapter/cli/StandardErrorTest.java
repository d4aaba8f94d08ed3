package dev.latchkey.adapter.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class StandardErrorTest {

    @Test
    void terminalsArePseudoTerminalsAndConsolesNotFilesOrPipes() {
        assertThat(StandardError.isTerminalDevice("/dev/pts/3")).isTrue();
        assertThat(StandardError.isTerminalDevice("/dev/tty1")).isTrue();
        assertThat(StandardError.isTerminalDevice("/tmp/import.log")).isFalse();
        assertThat(StandardError.isTerminalDevice("pipe:[123456]")).isFalse();
        assertThat(StandardError.isTerminalDevice("/dev/null")).isFalse();
    }
}

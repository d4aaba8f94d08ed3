package dev.latchkey.adapter.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;

/** Whether standard error goes to a terminal, which is when a progress bar may be drawn on it. */
public final class StandardError {

    private static final Path LINUX_DESCRIPTOR = Path.of("/proc/self/fd/2");

    private StandardError() {}

    /**
     * On Linux, where descriptor 2 points; elsewhere Java can only tell whether the process has a
     * console at all ({@link System#console()}: standard input and output are a terminal).
     */
    public static boolean isTerminal() {
        if (Files.exists(LINUX_DESCRIPTOR, LinkOption.NOFOLLOW_LINKS)) {
            try {
                return isTerminalDevice(Files.readSymbolicLink(LINUX_DESCRIPTOR).toString());
            } catch (IOException | UnsupportedOperationException e) {
                return false;
            }
        }
        return System.console() != null;
    }

    static boolean isTerminalDevice(String target) {
        return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty") || target.equals("/dev/console");
    }
}

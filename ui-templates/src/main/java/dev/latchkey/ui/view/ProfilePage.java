package dev.latchkey.ui.view;

import java.util.List;

/**
 * The signed-in customer's page: one section per thing the customer can do, each with its own
 * form. {@code form} holds the values and errors of the form sent last (field names are unique
 * across the page); {@code notice} tells what the last action did, in the section it concerns.
 */
public record ProfilePage(
        FormPage form,
        String email,
        String customerNumber,
        Notice notice,
        List<AddressView> addresses,
        List<SessionView> sessions,
        List<EventView> events) {

    public ProfilePage {
        addresses = List.copyOf(addresses);
        sessions = List.copyOf(sessions);
        events = List.copyOf(events);
    }

    public PageFrame frame() {
        return form.frame();
    }

    /** The notice to show at the top of {@code section}; empty for every other section. */
    public String noticeIn(String section) {
        return notice.section().equals(section) ? notice.text() : "";
    }

    /** Whether a device other than this one is signed in. */
    public boolean hasOtherSessions() {
        return sessions.stream().anyMatch(session -> !session.current());
    }

    /** What the last action did, shown in the section it concerns. */
    public record Notice(String section, String text) {

        public static final Notice NONE = new Notice("", "");
    }

    /** One address as the address book lists it. */
    public record AddressView(String id, List<String> lines, List<String> tags, boolean isDefault) {}

    /** One signed-in device. */
    public record SessionView(String id, String device, String ip, String started, String lastUsed, boolean current) {}

    /** One security event, in words. */
    public record EventView(String when, String what, String ip) {}
}

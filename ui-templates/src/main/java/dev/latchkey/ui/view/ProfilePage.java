package dev.latchkey.ui.view;

import java.util.List;

/**
 * The signed-in customer's page: one section per thing the customer can do, each with its own
 * form. {@code form} holds the values and errors of the form sent last (field names are unique
 * across the page); {@code notice} is the text telling what the last action did (empty: none).
 */
public record ProfilePage(FormPage form, String email, String customerNumber, String notice,
                          List<AddressView> addresses, List<SessionView> sessions, List<EventView> events) {

    public ProfilePage {
        addresses = List.copyOf(addresses);
        sessions = List.copyOf(sessions);
        events = List.copyOf(events);
    }

    public PageFrame frame() {
        return form.frame();
    }

    /** One address as the address book lists it. */
    public record AddressView(String id, List<String> lines, List<String> tags, boolean isDefault) {
    }

    /** One signed-in device. */
    public record SessionView(String id, String device, String started, String lastUsed, boolean current) {
    }

    /** One security event, in words. */
    public record EventView(String when, String what, String ip) {
    }
}

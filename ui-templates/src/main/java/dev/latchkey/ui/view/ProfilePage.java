package dev.latchkey.ui.view;

/** The signed-in customer's page. */
public record ProfilePage(PageFrame frame, String email) {
}

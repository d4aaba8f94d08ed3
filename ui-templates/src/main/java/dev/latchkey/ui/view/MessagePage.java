package dev.latchkey.ui.view;

/** A page that only tells something, with an optional link onwards (empty {@code linkHref}: none). */
public record MessagePage(PageFrame frame, String title, String message, String linkHref, String linkText) {}

package dev.latchkey.ui.view;

import java.util.List;

/** The local mailbox page: mail kept while no SMTP server is configured, newest first. */
public record MailboxPage(List<Entry> mails) {

    /** One kept mail; {@code links} are the URLs found in its plain-text body. */
    public record Entry(String createdAt, String recipient, String subject, String textBody, List<String> links) {}
}

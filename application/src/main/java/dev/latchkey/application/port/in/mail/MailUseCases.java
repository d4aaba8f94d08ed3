package dev.latchkey.application.port.in.mail;

/** The use cases that read outgoing mail: the local mailbox, and the mails given up on. */
public record MailUseCases(ReadMailboxUseCase readMailbox, ListFailedMailsUseCase listFailed) {}

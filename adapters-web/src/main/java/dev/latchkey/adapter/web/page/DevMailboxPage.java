package dev.latchkey.adapter.web.page;

import dev.latchkey.adapter.web.auth.Origins;
import dev.latchkey.adapter.web.error.ApiException;
import dev.latchkey.adapter.web.error.ErrorCode;
import dev.latchkey.application.port.in.mail.MailUseCases;
import dev.latchkey.application.port.out.QueuedMail;
import dev.latchkey.ui.view.MailboxPage;
import io.javalin.http.Context;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code GET /dev/mailbox}: the mail kept while no SMTP server is configured. Its links carry live
 * tokens, so it answers only requests made on this machine, never one passed on by a proxy.
 */
public final class DevMailboxPage {

    private static final int SHOWN = 50;
    private static final Pattern LINK = Pattern.compile("https?://\\S+");
    private static final DateTimeFormatter TIME =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'").withZone(ZoneOffset.UTC);

    private final PageRenderer renderer;
    private final MailUseCases mail;

    DevMailboxPage(PageRenderer renderer, MailUseCases mail) {
        this.renderer = renderer;
        this.mail = mail;
    }

    public void show(Context ctx) {
        boolean passedOnByAProxy = ctx.header(Origins.X_FORWARDED_FOR) != null || ctx.header("Forwarded") != null;
        if (passedOnByAProxy || !isLoopback(ctx.req().getRemoteAddr())) {
            throw new ApiException(ErrorCode.LK301);
        }
        List<MailboxPage.Entry> entries = mail.readMailbox().newest(SHOWN).stream()
                .map(DevMailboxPage::toEntry)
                .toList();
        renderer.plain(ctx, 200, renderer.templates().pageMailbox(new MailboxPage(entries)));
    }

    private static MailboxPage.Entry toEntry(QueuedMail queued) {
        String text = queued.mail().textBody();
        Matcher links = LINK.matcher(text);
        List<String> found = links.results().map(MatchResult::group).distinct().toList();
        return new MailboxPage.Entry(
                TIME.format(queued.createdAt()),
                queued.mail().recipient().value(),
                queued.mail().subject(),
                text,
                found);
    }

    private static boolean isLoopback(String address) {
        try {
            return InetAddress.getByName(address).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }
}

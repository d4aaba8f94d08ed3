package dev.latchkey.adapter.web.page;

import dev.latchkey.adapter.web.error.ApiException;
import dev.latchkey.adapter.web.error.ErrorCode;
import dev.latchkey.application.port.in.mail.ReadMailboxUseCase;
import dev.latchkey.application.port.out.QueuedMail;
import dev.latchkey.ui.html.StaticTemplates;
import dev.latchkey.ui.html.Templates;
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
 * tokens, so it answers only requests from this machine.
 */
public final class DevMailboxPage {

    private static final int SHOWN = 50;
    private static final Pattern LINK = Pattern.compile("https?://\\S+");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'").withZone(ZoneOffset.UTC);

    private final ReadMailboxUseCase mailbox;
    private final Templates templates = new StaticTemplates();

    public DevMailboxPage(ReadMailboxUseCase mailbox) {
        this.mailbox = mailbox;
    }

    public void show(Context ctx) {
        if (!isLoopback(ctx.req().getRemoteAddr())) {
            throw new ApiException(ErrorCode.LK301);
        }
        List<MailboxPage.Entry> entries = mailbox.newest(SHOWN).stream().map(DevMailboxPage::toEntry).toList();
        ctx.html(templates.pageMailbox(new MailboxPage(entries)).render());
    }

    private static MailboxPage.Entry toEntry(QueuedMail queued) {
        String text = queued.mail().textBody();
        Matcher links = LINK.matcher(text);
        List<String> found = links.results().map(MatchResult::group).distinct().toList();
        return new MailboxPage.Entry(TIME.format(queued.createdAt()), queued.mail().recipient().value(),
                queued.mail().subject(), text, found);
    }

    private static boolean isLoopback(String address) {
        try {
            return InetAddress.getByName(address).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }
}

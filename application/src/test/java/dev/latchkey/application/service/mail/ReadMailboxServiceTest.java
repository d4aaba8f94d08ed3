package dev.latchkey.application.service.mail;

import static org.assertj.core.api.Assertions.assertThat;

import dev.latchkey.application.fake.InMemoryMailOutbox;
import dev.latchkey.application.port.out.ComposedMail;
import dev.latchkey.application.port.out.QueuedMail;
import dev.latchkey.domain.customer.EmailAddress;
import dev.latchkey.domain.tenant.TenantName;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class ReadMailboxServiceTest {

    private final InMemoryMailOutbox outbox = new InMemoryMailOutbox();
    private final ReadMailboxService service = new ReadMailboxService(outbox);

    @Test
    void listsTheNewestMailsFirstUpToTheLimit() {
        Instant now = Instant.parse("2030-01-15T10:00:00Z");
        for (String subject : new String[] {"first", "second", "third"}) {
            outbox.enqueue(
                    new ComposedMail(
                            new TenantName("shop"), new EmailAddress("ada@example.test"), subject, subject, subject),
                    now);
        }

        assertThat(service.newest(2)).extracting(mail -> mail.mail().subject()).containsExactly("third", "second");
        assertThat(service.newest(10)).extracting(QueuedMail::status).containsOnly(QueuedMail.Status.PENDING);
    }
}

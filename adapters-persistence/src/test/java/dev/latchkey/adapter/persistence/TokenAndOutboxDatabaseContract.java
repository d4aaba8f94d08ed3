package dev.latchkey.adapter.persistence;

import static dev.latchkey.application.port.out.contract.TestData.NOW;
import static org.assertj.core.api.Assertions.assertThat;

import dev.latchkey.application.port.out.MailOutbox;
import dev.latchkey.application.port.out.QueuedMail;
import dev.latchkey.application.port.out.contract.RepositoryPorts;
import dev.latchkey.application.port.out.contract.TokenAndOutboxRepositoryContract;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The token and outbox contract, and what only a database has: claims released at start, two nodes at once. */
abstract class TokenAndOutboxDatabaseContract extends TokenAndOutboxRepositoryContract {

    private Persistence persistence;

    /** The database to run against: a fresh, empty one for each test. */
    protected abstract DatabaseSettings settings();

    @Override
    protected final RepositoryPorts openPorts() {
        persistence = Persistence.open(settings());
        return new PersistencePorts(persistence);
    }

    @Test
    void releasedClaimsAreClaimableAtOnceButSentMailStaysSent() {
        MailOutbox outbox = persistence.mailOutbox();
        outbox.enqueue(mail("in flight"), NOW);
        outbox.enqueue(mail("sent"), NOW.plusMillis(1));
        List<QueuedMail> claimed = outbox.claimDue(NOW.plusMillis(1), 10, NOW.plusSeconds(300));
        outbox.markSent(
                claimed.stream()
                        .filter(m -> m.mail().subject().equals("sent"))
                        .findFirst()
                        .orElseThrow()
                        .id(),
                NOW);

        persistence.releaseMailClaims();

        assertThat(outbox.claimDue(NOW.plusSeconds(1), 10, NOW.plusSeconds(300)))
                .extracting(m -> m.mail().subject())
                .containsExactly("in flight");
    }

    @Test
    void workersOnTwoNodesClaimingAtOnceNeverGetTheSameMail() throws Exception {
        int mails = 60;
        for (int i = 0; i < mails; i++) {
            persistence.mailOutbox().enqueue(mail("mail " + i), NOW);
        }
        try (Persistence otherNode = Persistence.open(settings())) {
            List<MailOutbox> workers = List.of(
                    persistence.mailOutbox(), persistence.mailOutbox(), otherNode.mailOutbox(), otherNode.mailOutbox());
            ExecutorService threads = Executors.newFixedThreadPool(workers.size());
            CountDownLatch start = new CountDownLatch(1);
            Queue<String> claimed = new ConcurrentLinkedQueue<>();
            try {
                List<Future<?>> rounds = workers.stream()
                        .<Future<?>>map(worker -> threads.submit(() -> {
                            start.await();
                            List<QueuedMail> batch;
                            do {
                                batch = worker.claimDue(NOW, 3, NOW.plusSeconds(300));
                                batch.forEach(queued -> claimed.add(queued.id()));
                            } while (!batch.isEmpty());
                            return null;
                        }))
                        .toList();
                start.countDown();
                for (Future<?> round : rounds) {
                    round.get(60, TimeUnit.SECONDS);
                }
            } finally {
                threads.shutdownNow();
            }
            assertThat(claimed).hasSize(mails).doesNotHaveDuplicates();
            assertThat(otherNode.mailOutbox().claimDue(NOW, mails, NOW.plusSeconds(300)))
                    .isEmpty();
        }
    }
}

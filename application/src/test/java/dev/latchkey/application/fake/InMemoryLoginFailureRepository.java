package dev.latchkey.application.fake;

import dev.latchkey.application.port.out.LoginFailureRepository;
import dev.latchkey.domain.policy.FailedLogins;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** Failed-login counts in a map, with the table's window rule. */
public final class InMemoryLoginFailureRepository implements LoginFailureRepository, Transactional {

    private final Map<Key, FailedLogins> counts = new HashMap<>();

    @Override
    public Optional<FailedLogins> find(Key key) {
        return Optional.ofNullable(counts.get(key));
    }

    @Override
    public FailedLogins recordFailure(Key key, Instant now, Duration window) {
        FailedLogins before = counts.get(key);
        FailedLogins after =
                before == null || !now.isBefore(before.windowStart().plus(window))
                        ? new FailedLogins(1, now, now)
                        : new FailedLogins(before.count() + 1, before.windowStart(), now);
        counts.put(key, after);
        return after;
    }

    @Override
    public void clear(Key key) {
        counts.remove(key);
    }

    @Override
    public Runnable snapshot() {
        return Transactional.copy(counts);
    }

    /** The failures counted for the key; zero when none. */
    public int count(Key key) {
        return find(key).map(FailedLogins::count).orElse(0);
    }
}

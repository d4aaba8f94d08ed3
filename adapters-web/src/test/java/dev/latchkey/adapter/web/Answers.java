package dev.latchkey.adapter.web;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;

/** What the use cases of a test answer (the outcome it set last), and the commands they were called with. */
public final class Answers {

    private final AtomicReference<Object> next = new AtomicReference<>();
    private final List<Object> commands = new CopyOnWriteArrayList<>();

    /** The outcome every use case built with {@link #to} answers from now on. */
    public void next(Object outcome) {
        next.set(outcome);
    }

    /** Records {@code command} and answers the outcome set last, as the result type of the use case. */
    public <R> R to(Object command, Class<R> type) {
        commands.add(command);
        return type.cast(next.get());
    }

    /** Records a command of a use case that answers nothing. */
    public void record(Object command) {
        commands.add(command);
    }

    public List<Object> commands() {
        return commands;
    }
}

package dev.latchkey.server.logging;

import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.pattern.CompositeConverter;

/** {@code %maskEmails(...)} in {@code logback.xml}: the text of its content with every email address hidden. */
public final class EmailMaskingConverter extends CompositeConverter<ILoggingEvent> {

    @Override
    protected String transform(ILoggingEvent event, String in) {
        return EmailMask.mask(in);
    }
}

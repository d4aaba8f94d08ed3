package dev.latchkey.server;

import dev.latchkey.adapter.web.WebUseCases;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.Map;

/** The web adapter's use cases for a test that starts the web adapter alone. */
final class OnlyUseCases {

    private OnlyUseCases() {
    }

    /** Only {@code given} present, by use-case type; every other one is never called by the test. */
    static WebUseCases of(Map<Class<?>, Object> given) {
        RecordComponent[] components = WebUseCases.class.getRecordComponents();
        Class<?>[] types = Arrays.stream(components).map(RecordComponent::getType).toArray(Class<?>[]::new);
        Object[] values = Arrays.stream(types).map(given::get).toArray();
        try {
            return WebUseCases.class.getDeclaredConstructor(types).newInstance(values);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}

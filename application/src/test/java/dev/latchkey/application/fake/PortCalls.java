package dev.latchkey.application.fake;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;

/**
 * The calls a service makes to its ports, in order, as {@code Port.method}: to compare the work two paths
 * do. A recorded port passes every call on to the port it wraps.
 */
public final class PortCalls {

    private final List<String> calls = new ArrayList<>();

    /** {@code port}, with every call to it recorded. */
    public <T> T recorded(Class<T> type, T port) {
        Object proxy =
                Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, (self, method, arguments) -> {
                    if (method.getDeclaringClass() != Object.class) {
                        calls.add(type.getSimpleName() + "." + method.getName());
                    }
                    try {
                        return method.invoke(port, arguments);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
        return type.cast(proxy);
    }

    /** The calls made since the last time they were taken. */
    public List<String> take() {
        List<String> taken = List.copyOf(calls);
        calls.clear();
        return taken;
    }
}

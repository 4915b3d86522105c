package io.vswitch.vpp.api.client.impl;

import io.vswitch.vpp.api.client.EventRegistration;
import io.vswitch.vpp.api.definition.VppEvent;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Event handlers by event class. Registration is thread-safe; delivery happens on the event loop.
 */
public final class EventHandlers {
    private static final Logger LOG = LoggerFactory.getLogger(EventHandlers.class);

    private final Map<Class<?>, List<Consumer<Object>>> handlers = new ConcurrentHashMap<>();

    /**
     * Registers a handler.
     *
     * @param <E> the event type
     * @param type the event class
     * @param handler the handler
     * @return its registration
     */
    public <E extends VppEvent> EventRegistration add(final Class<E> type, final Consumer<? super E> handler) {
        final Consumer<Object> typed = event -> handler.accept(type.cast(event));
        final List<Consumer<Object>> list = handlers.computeIfAbsent(type, key -> new CopyOnWriteArrayList<>());
        list.add(typed);
        return () -> list.remove(typed);
    }

    /**
     * Delivers an event to the handlers of its class; a failing handler does not stop the others.
     *
     * @param event the event
     * @return whether any handler was registered
     */
    @SuppressWarnings("checkstyle:IllegalCatch")
    boolean deliver(final Object event) {
        final List<Consumer<Object>> list = handlers.get(event.getClass());
        if (list == null || list.isEmpty()) {
            return false;
        }
        for (Consumer<Object> handler : list) {
            try {
                handler.accept(event);
            } catch (RuntimeException e) {
                LOG.warn("Event handler failed on {}", event, e);
            }
        }
        return true;
    }
}

package io.vswitch.vpp.sim.internal;

import io.vswitch.vpp.api.codec.MessageDescriptor;
import io.vswitch.vpp.sim.spi.VppModule;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.jdt.annotation.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The message id table of one simulator run, assigned like VPP assigns it: memclnt's messages at their fixed ids
 * 1..28 (file order), then each core module's implemented messages consecutively in file order, then each
 * plugin's (plugins by name), starting at a base that moves with every restart.
 */
final class MessageTable {
    /** The module whose ids are fixed by position: {@code sockclnt_create} is always 15. */
    static final String MEMCLNT = "memclnt";
    /** The first id after memclnt's 28 fixed ones. */
    static final int FIRST_DYNAMIC_ID = 29;
    private static final int NAME_LENGTH = 64;
    private static final Logger LOG = LoggerFactory.getLogger(MessageTable.class);

    /**
     * One entry.
     *
     * @param id the message id
     * @param name the message name
     * @param nameCrc {@code <name>_<crc>}
     * @param descriptor the codec for the body; null for the handshake messages the server handles raw
     */
    record Entry(int id, String name, String nameCrc, @Nullable MessageDescriptor<?> descriptor) {
    }

    private final List<Entry> entries;
    private final Map<String, Entry> byName = new HashMap<>();
    private final Map<Class<?>, Entry> byType = new HashMap<>();
    private final byte[] encodedTable;

    private MessageTable(final List<Entry> entries) {
        this.entries = List.copyOf(entries);
        for (Entry entry : entries) {
            byName.put(entry.name(), entry);
            final MessageDescriptor<?> descriptor = entry.descriptor();
            if (descriptor != null) {
                byType.put(descriptor.type(), entry);
            }
        }
        encodedTable = encode(entries);
    }

    /**
     * Assigns the ids.
     *
     * @param modules the declared modules in declaration order
     * @param implemented every message that gets an id, by name: handled requests and dumps, their replies and
     *     details, declared events
     * @param raw handshake messages handled without a descriptor: name to {@code name_crc}
     * @param firstDynamicId the id of the first message after memclnt's
     * @return the table
     */
    static MessageTable build(final List<VppModule> modules, final Map<String, MessageDescriptor<?>> implemented,
            final Map<String, String> raw, final int firstDynamicId) {
        final Map<String, Entry> assigned = new LinkedHashMap<>();
        final List<VppModule> ordered = new ArrayList<>();
        modules.stream().filter(module -> !module.plugin()).forEach(ordered::add);
        modules.stream().filter(VppModule::plugin).sorted(Comparator.comparing(VppModule::name))
            .forEach(ordered::add);
        int next = firstDynamicId;
        for (VppModule module : ordered) {
            final boolean fixed = MEMCLNT.equals(module.name());
            for (int position = 0; position < module.messages().size(); position++) {
                final String name = module.messages().get(position);
                if (assigned.containsKey(name)) {
                    continue;
                }
                final Entry entry = entry(name, fixed ? position + 1 : next, implemented, raw);
                if (entry != null) {
                    assigned.put(name, entry);
                    if (!fixed) {
                        next++;
                    }
                }
            }
        }
        final List<String> strays = new ArrayList<>(implemented.keySet());
        strays.removeAll(assigned.keySet());
        Collections.sort(strays);
        for (String name : strays) {
            LOG.warn("Message {} is implemented but no declared module lists it; appending id {}", name, next);
            assigned.put(name, entry(name, next++, implemented, raw));
        }
        final List<Entry> entries = new ArrayList<>(assigned.values());
        entries.sort(Comparator.comparingInt(Entry::id));
        return new MessageTable(entries);
    }

    private static @Nullable Entry entry(final String name, final int id,
            final Map<String, MessageDescriptor<?>> implemented, final Map<String, String> raw) {
        final MessageDescriptor<?> descriptor = implemented.get(name);
        if (descriptor != null) {
            return new Entry(id, name, descriptor.nameCrc(), descriptor);
        }
        final String nameCrc = raw.get(name);
        return nameCrc == null ? null : new Entry(id, name, nameCrc, null);
    }

    private static byte[] encode(final List<Entry> entries) {
        final byte[] out = new byte[entries.size() * (Short.BYTES + NAME_LENGTH)];
        int offset = 0;
        for (Entry entry : entries) {
            out[offset] = (byte) (entry.id() >>> Byte.SIZE);
            out[offset + 1] = (byte) entry.id();
            final byte[] name = entry.nameCrc().getBytes(StandardCharsets.US_ASCII);
            System.arraycopy(name, 0, out, offset + Short.BYTES, Math.min(name.length, NAME_LENGTH - 1));
            offset += Short.BYTES + NAME_LENGTH;
        }
        return out;
    }

    /**
     * All entries by ascending id.
     *
     * @return the entries
     */
    List<Entry> entries() {
        return entries;
    }

    /**
     * The entries in {@code sockclnt_create_reply}'s wire form: {@code u16 id; char name[64]} each.
     *
     * @return the encoded entries (shared; do not modify)
     */
    byte[] encodedEntries() {
        return encodedTable;
    }

    /**
     * The entry of a message name.
     *
     * @param name the message name
     * @return the entry, null if the message has no id
     */
    @Nullable Entry byName(final String name) {
        return byName.get(name);
    }

    /**
     * The entry of a message record class.
     *
     * @param type the record class
     * @return the entry, null if the message has no id
     */
    @Nullable Entry byType(final Class<?> type) {
        return byType.get(type);
    }

    /**
     * The table as {@code name_crc} to id.
     *
     * @return an immutable map in id order
     */
    Map<String, Integer> ids() {
        final Map<String, Integer> ids = new LinkedHashMap<>();
        entries.forEach(entry -> ids.put(entry.nameCrc(), entry.id()));
        return Collections.unmodifiableMap(ids);
    }
}

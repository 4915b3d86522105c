package io.vswitch.vpp.api.definition;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a record as the definition of one VPP API message. The record's components, in order, are the
 * message's fields after its header ({@code _vl_msg_id}, {@code client_index} for requests, {@code context});
 * each component carries a {@link VppField} naming its VPP type.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface VppMessage {
    /**
     * The message name as VPP spells it, e.g. {@code ip_route_add_del}.
     */
    String name();

    /**
     * The CRC of the message definition, eight lower-case hex digits without {@code 0x}, e.g. {@code b8ecfe0d}.
     */
    String crc();

    /**
     * The feature area that needs this message, e.g. {@code interfaces}, {@code l3}; reported when VPP lacks it.
     */
    String area();

    /**
     * The header fields after {@code _vl_msg_id}, only for the few messages whose header is not the usual one of
     * their kind: {@code sockclnt_create} has {@code {"context"}}, {@code sockclnt_create_reply} has
     * {@code {"client_index", "context"}}. Empty (the default) means the kind's usual header.
     */
    String[] header() default {};
}

package io.vswitch.vpp.api.definition;

import java.lang.annotation.ElementType;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Declares how a named VPP type that is not a composite record is laid out on the wire: an alias
 * ({@code vl_api_interface_index_t} = {@code u32}, {@code vl_api_mac_address_t} = {@code u8[6]}), an enum or
 * enumflags (its underlying integer type) or a union (its size as a {@code u8} array). Put it on the
 * {@code package-info} of the package whose records use the type, or on a record; the codec's built-in table
 * already knows the types shared by the whole API (ip, interface, ethernet, fib, l2 types).
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ ElementType.PACKAGE, ElementType.TYPE })
@Repeatable(VppAliases.class)
public @interface VppAlias {
    /**
     * The type's name as fields refer to it, e.g. {@code vl_api_acl_action_t}.
     */
    String name();

    /**
     * What it stands for: a primitive ({@code u8} .. {@code u64}, {@code i8} .. {@code i64}, {@code f64},
     * {@code bool}; an enum's underlying type), or a composite type's name for an alias of one
     * ({@code vl_api_address_with_prefix_t} = {@code vl_api_prefix_t}).
     */
    String type();

    /**
     * For an array alias or a union: its fixed number of elements; -1 (the default) for a scalar.
     */
    int length() default -1;
}

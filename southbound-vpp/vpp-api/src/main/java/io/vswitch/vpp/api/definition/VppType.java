package io.vswitch.vpp.api.definition;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a record as the definition of a VPP composite type ({@code typedef} in a {@code .api} file), such as
 * {@code vl_api_prefix_t}. Its components carry {@link VppField} like a message's.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface VppType {
    /**
     * The type's name as fields refer to it, e.g. {@code vl_api_prefix_t}.
     */
    String value();
}

package io.vswitch.vpp.api.definition;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The VPP definition of one record component of a {@link VppMessage} or {@link VppType}.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.RECORD_COMPONENT)
public @interface VppField {
    /**
     * The VPP type exactly as the API JSON names it: a primitive ({@code u8}, {@code i32}, {@code bool},
     * {@code f64}, {@code string}, ...) or a named type ({@code vl_api_interface_index_t}, {@code vl_api_prefix_t}).
     */
    String value();

    /**
     * For arrays and strings: the fixed length; 0 for a variable-length one. -1 (the default) for a scalar.
     */
    int length() default -1;

    /**
     * For a variable-length array: the name of the earlier field that holds its element count.
     */
    String lengthFrom() default "";

    /**
     * The VPP field name, when it is not the snake_case form of the component name.
     */
    String name() default "";
}

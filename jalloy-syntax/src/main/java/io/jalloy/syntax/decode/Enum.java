package io.jalloy.syntax.decode;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** A list of blocks of different kinds sharing a prefix, Alloy's {@code enum}: {@code @Enum("stage") List<Stage>} takes {@code stage.json { }}, {@code stage.regex { }}, ... in order; the element record has one optional {@code @Block} per kind. */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.RECORD_COMPONENT)
public @interface Enum {
    /** The name in Alloy source; dotted names ({@code a.b}) are allowed for blocks. */
    String value();

    /** Whether the body may leave it out (the record's default then stays). */
    boolean optional() default false;
}

package io.jalloy.syntax.decode;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** An attribute of a block body or object ({@code name = value}); required unless {@code optional}. */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.RECORD_COMPONENT)
public @interface Attr {
    /** The name in Alloy source; dotted names ({@code a.b}) are allowed for blocks. */
    String value();

    /** Whether the body may leave it out (the record's default then stays). */
    boolean optional() default false;
}

package io.jalloy.syntax.decode;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** A nested block: a record for one block, a {@code List} of records for a repeated block, or a {@code Map}/{@code Value} for a block of free-form attributes. */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.RECORD_COMPONENT)
public @interface Block {
    /** The name in Alloy source; dotted names ({@code a.b}) are allowed for blocks. */
    String value();

    /** Whether the body may leave it out (the record's default then stays). */
    boolean optional() default false;
}

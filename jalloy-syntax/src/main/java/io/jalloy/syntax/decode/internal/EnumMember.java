package io.jalloy.syntax.decode.internal;

/**
 * One kind of block in an enum: a block named {@code <enum>.<member>} decodes into component
 * {@code component} (a record of class {@code type}) of the enum's element record.
 */
public record EnumMember(Slot slot, int component, Class<?> type) {}

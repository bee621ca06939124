/**
 * Protobuf encoding without generated code: {@link io.jalloy.common.protobuf.ProtoWriter} is a
 * growable buffer that writes wire format directly, reused across requests and confined to one
 * thread, so steady-state encoding allocates nothing.
 */
package io.jalloy.common.protobuf;

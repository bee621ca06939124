/** Validation internals: sorting blocks into nodes, schema and literal checks, references, cycles. */
package io.jalloy.runtime.controller.internal.check;

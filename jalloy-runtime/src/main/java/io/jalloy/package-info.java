/** Jalloy: see {@link io.jalloy.component} for the component contract. */
package io.jalloy;

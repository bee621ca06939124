/** Jalloy's component runtime. */
package io.jalloy;

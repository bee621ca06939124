/** Finding the name chains (potential references) that expressions read. */
package io.jalloy.runtime.controller.internal.refs;

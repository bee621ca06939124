/** Finding component providers on the class path and looking them up by block name. */
package io.jalloy.runtime.registry;

/**
 * Testing one component on its own, the way Alloy's {@code componenttest} does: build it from
 * arguments, run it, wait for exports or health, update it, stop it. Also the shared conformance
 * data ({@link io.jalloy.runtime.componenttest.SharedData}) and the documentation examples decoded
 * with placeholders ({@link io.jalloy.runtime.componenttest.DocExampleBlocks}). Published in
 * jalloy-runtime's test-jar for component modules.
 */
package io.jalloy.runtime.componenttest;

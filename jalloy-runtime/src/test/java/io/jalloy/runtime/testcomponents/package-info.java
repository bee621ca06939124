/** Small components registered in test resources, used to exercise the runtime. */
package io.jalloy.runtime.testcomponents;

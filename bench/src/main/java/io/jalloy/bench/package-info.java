/** JMH benchmarks of Jalloy's hot loops; see bench/RESULTS.md for figures and commands. */
package io.jalloy.bench;

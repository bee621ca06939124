/**
 * The controller: turns a config into a graph of components and config blocks, checks it, and
 * runs it.
 *
 * <ul>
 *   <li>{@link io.jalloy.runtime.controller.Source}: the files of a config (one file, or the
 *       {@code *.alloy} files of a directory, in name order).
 *   <li>{@link io.jalloy.runtime.controller.Validator}: {@code alloy validate}, everything short of
 *       running, with Alloy's texts and order; component schemas come from
 *       {@link io.jalloy.runtime.controller.ComponentSchemas#fromRegistry}.
 *   <li>{@link io.jalloy.runtime.controller.Controller}: {@code alloy run}; loads a config, evaluates
 *       it in dependency order and re-evaluates the dependants of components whose exports change.
 * </ul>
 *
 * Diagnostics print with {@link io.jalloy.syntax.diag.DiagnosticPrinter}, looking files up with
 * {@link io.jalloy.runtime.controller.Source#file}.
 */
package io.jalloy.runtime.controller;

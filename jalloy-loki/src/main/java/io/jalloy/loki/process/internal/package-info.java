/** Parsers and helpers behind the stages (logfmt, Go JSON, Go time layouts, templates, LogQL selectors); not API. */
package io.jalloy.loki.process.internal;

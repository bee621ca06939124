/**
 * Go-compatible building blocks behind the stdlib, not API: fmt.Sprintf, strconv float
 * formatting, strings and path functions, base64 and URL escaping, encoding/json, yaml.v3
 * decoding and ojg JSONPath, each matching the Go library Alloy uses.
 */
package io.jalloy.syntax.stdlib.internal;

package io.jalloy.loki.filematch;

import io.jalloy.common.discovery.Target;
import io.jalloy.syntax.decode.Attr;
import java.util.List;

/** The exports of {@code local.file_match}: one target per matching file, {@code __path__} set to it. */
public record Exports(@Attr("targets") List<Target> targets) {}

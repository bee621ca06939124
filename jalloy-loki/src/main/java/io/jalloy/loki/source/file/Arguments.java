package io.jalloy.loki.source.file;

import io.jalloy.common.discovery.Target;
import io.jalloy.loki.api.LogsReceiver;
import io.jalloy.syntax.decode.Attr;
import io.jalloy.syntax.decode.Block;
import io.jalloy.syntax.decode.Validating;
import io.jalloy.syntax.value.ValueException;
import java.util.List;

/**
 * The arguments of {@code loki.source.file}.
 *
 * @param targets the files ({@code __path__}) and their labels
 * @param forwardTo where entries go
 * @param encoding the files' IANA charset; empty means UTF-8
 * @param decompression the {@code decompression} block
 * @param fileWatch the {@code file_watch} block
 * @param fileMatch the {@code file_match} block
 * @param tailFromEnd start files without a stored position at their end
 * @param legacyPositionsFile a legacy positions file to convert on start
 * @param onPositionsFileError what a corrupt stored position means
 */
public record Arguments(
        @Attr("targets") List<Target> targets,
        @Attr("forward_to") List<LogsReceiver> forwardTo,
        @Attr(value = "encoding", optional = true) String encoding,
        @Block(value = "decompression", optional = true) Decompression decompression,
        @Block(value = "file_watch", optional = true) FileWatch fileWatch,
        @Block(value = "file_match", optional = true) FileMatch fileMatch,
        @Attr(value = "tail_from_end", optional = true) boolean tailFromEnd,
        @Attr(value = "legacy_positions_file", optional = true) String legacyPositionsFile,
        @Attr(value = "on_positions_file_error", optional = true) OnPositionsFileError onPositionsFileError)
        implements Validating {

    /** Alloy's defaults, the decoder's starting point. */
    public static Arguments defaults() {
        return new Arguments(List.of(), List.of(), "", Decompression.defaults(), FileWatch.defaults(),
                FileMatch.defaults(), false, "", OnPositionsFileError.RESTART_FROM_BEGINNING);
    }

    /** Alloy's checks, with its messages. */
    @Override
    public void validate() throws ValueException {
        if (fileMatch.syncPeriod().isNegative() || fileMatch.syncPeriod().isZero()) {
            throw new ValueException("sync period must be greater than 0");
        }
    }
}

package io.jalloy.loki.process.stages;

/**
 * {@code stage.eventlogmessage}: each {@code Key: value} line ({@code \r\n}-separated) of a
 * Windows event message becomes an extracted value, the key sanitised to a label name (or the
 * line skipped, with {@code drop_invalid_labels}); existing keys get an {@code _extracted}
 * suffix unless {@code overwrite_existing}. A source Alloy cannot read as a string drops the entry.
 */
final class EventLogStage extends EventMessageStage {

    EventLogStage(EventLogMessageConfig c, StageContext ctx) throws StageException {
        super(c.source(), c.dropInvalidLabels(), c.overwriteExisting(), ctx);
    }

    @Override
    protected void extract(EntryState e, String message) {
        int from = 0;
        while (from <= message.length()) {
            int end = message.indexOf("\r\n", from);
            if (end < 0) {
                end = message.length();
            }
            String line = message.substring(from, end);
            from = end + 2;
            int colon = line.indexOf(':');
            if (colon >= 0) {
                put(e, line.substring(0, colon), line.substring(colon + 1).strip());
            }
        }
    }
}

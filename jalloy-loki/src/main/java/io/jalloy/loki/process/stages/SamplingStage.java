package io.jalloy.loki.process.stages;

/** {@code stage.sampling}: keeps each entry with probability {@code rate}, counting the others as dropped. */
final class SamplingStage extends EntryStage {
    private final double rate;
    private final String reason;
    private final StageContext ctx;

    SamplingStage(SamplingConfig c, StageContext ctx) throws StageException {
        if (c.rate() < 0 || c.rate() > 1) {
            throw new StageException("sampling rate must be between 0.0 and 1.0, received " + c.rate());
        }
        rate = c.rate();
        reason = c.dropCounterReason() == null || c.dropCounterReason().isEmpty() ? "sampling_stage" : c.dropCounterReason();
        this.ctx = ctx;
    }

    @Override
    protected boolean apply(EntryState e) {
        if (rate >= 1 || ctx.random().getAsDouble() < rate) {
            return true;
        }
        ctx.drop(reason);
        return false;
    }
}

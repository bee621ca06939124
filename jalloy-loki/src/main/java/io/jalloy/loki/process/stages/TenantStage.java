package io.jalloy.loki.process.stages;

/** {@code stage.tenant}: sets the reserved {@code __tenant_id__} label that {@code loki.write} sends as the tenant. */
final class TenantStage extends EntryStage {
    /** The label Loki clients read the tenant from. */
    static final String TENANT_LABEL = "__tenant_id__";

    private final String label;
    private final String source;
    private final String value;

    TenantStage(TenantConfig c) throws StageException {
        int set = (notEmpty(c.label()) ? 1 : 0) + (notEmpty(c.source()) ? 1 : 0) + (notEmpty(c.value()) ? 1 : 0);
        if (set == 0) {
            throw new StageException("label, source or value config are required");
        }
        if (set > 1) {
            throw new StageException("label, source and value are mutually exclusive: you should set source, value or label but not all");
        }
        label = notEmpty(c.label()) ? c.label() : null;
        source = notEmpty(c.source()) ? c.source() : null;
        value = notEmpty(c.value()) ? c.value() : null;
    }

    private static boolean notEmpty(String s) {
        return s != null && !s.isEmpty();
    }

    @Override
    protected boolean apply(EntryState e) {
        String tenant;
        if (label != null) {
            tenant = e.labels.get(label);
        } else if (source != null) {
            Object v = e.extracted.get(source);
            tenant = v == null ? "" : Values.asString(v);
        } else {
            tenant = value;
        }
        if (!tenant.isEmpty()) {
            e.labels.set(TENANT_LABEL, tenant);
        }
        return true;
    }
}

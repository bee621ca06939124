package io.jalloy.loki.process.stages;

import java.util.ArrayList;
import java.util.List;

/** Compiles {@code stage.*} blocks into {@link Stage}s, with Alloy's configuration errors. */
public final class Stages {
    private Stages() {}

    /** Compiles the stages in order; the first bad one fails with Alloy's message. */
    public static List<Stage> compile(List<StageConfig> configs, StageContext ctx) throws StageException {
        List<Stage> out = new ArrayList<>(configs.size());
        for (StageConfig c : configs) {
            try {
                out.add(compile(c, ctx));
            } catch (StageException e) {
                out.forEach(Stage::close);
                throw e;
            }
        }
        return out;
    }

    static Stage compile(StageConfig c, StageContext ctx) throws StageException {
        if (c.json() != null) {
            return new JsonStage(c.json(), ctx);
        } else if (c.logfmt() != null) {
            return new LogfmtStage(c.logfmt(), ctx);
        } else if (c.regex() != null) {
            return new RegexStage(c.regex());
        } else if (c.labels() != null) {
            return new LabelsStage(c.labels());
        } else if (c.staticLabels() != null) {
            return new StaticLabelsStage(c.staticLabels());
        } else if (c.labelDrop() != null) {
            return new LabelDropStage(c.labelDrop());
        } else if (c.labelKeep() != null) {
            return new LabelKeepStage(c.labelKeep());
        } else if (c.output() != null) {
            return new OutputStage(c.output());
        } else if (c.tenant() != null) {
            return new TenantStage(c.tenant());
        } else if (c.structuredMetadata() != null) {
            return new StructuredMetadataStage(c.structuredMetadata());
        } else if (c.structuredMetadataDrop() != null) {
            return new StructuredMetadataDropStage(c.structuredMetadataDrop());
        }
        if (c.timestamp() != null) {
            return new TimestampStage(c.timestamp(), ctx);
        } else if (c.match() != null) {
            return new MatchStage(c.match(), ctx);
        } else if (c.drop() != null) {
            return new DropStage(c.drop(), ctx);
        } else if (c.decolorize() != null) {
            return new DecolorizeStage();
        } else if (c.luhn() != null) {
            return new LuhnStage(c.luhn());
        } else if (c.sampling() != null) {
            return new SamplingStage(c.sampling(), ctx);
        } else if (c.pack() != null) {
            return new PackStage(c.pack(), ctx);
        } else if (c.truncate() != null) {
            return new TruncateStage(c.truncate(), ctx);
        } else if (c.template() != null) {
            return new TemplateStage(c.template(), ctx);
        } else if (c.replace() != null) {
            return new ReplaceStage(c.replace(), ctx);
        } else if (c.cri() != null) {
            return new CriStage(c.cri(), ctx);
        } else if (c.docker() != null) {
            return CompositeStage.docker(ctx);
        } else if (c.multiline() != null) {
            return new MultilineStage(c.multiline(), ctx);
        } else if (c.limit() != null) {
            return new LimitStage(c.limit(), ctx);
        } else if (c.pattern() != null) {
            return new PatternStage(c.pattern());
        } else if (c.eventLogMessage() != null) {
            return new EventLogStage(c.eventLogMessage(), ctx);
        } else if (c.windowsEvent() != null) {
            return new WindowsEventStage(c.windowsEvent(), ctx);
        } else if (c.geoIp() != null) {
            return new GeoIpStage(c.geoIp(), ctx);
        } else if (c.metrics() != null) {
            return new MetricsStage(c.metrics(), ctx);
        } else if (c.splitJson() != null) {
            return new SplitJsonStage(c.splitJson(), ctx);
        }
        throw new StageException("stage " + kind(c) + " is not supported by Jalloy yet");
    }

    /** The block name of the one kind set in {@code c}. */
    static String kind(StageConfig c) {
        for (var rc : StageConfig.class.getRecordComponents()) {
            try {
                if (rc.getAccessor().invoke(c) != null) {
                    return "stage." + rc.getAnnotation(io.jalloy.syntax.decode.Block.class).value();
                }
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
        }
        return "stage";
    }
}

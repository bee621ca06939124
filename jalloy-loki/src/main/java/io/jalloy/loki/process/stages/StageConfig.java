package io.jalloy.loki.process.stages;

import io.jalloy.syntax.decode.Block;

/** One {@code stage.<kind>} block of {@code loki.process} or {@code stage.match}: exactly one kind is set. */
public record StageConfig(
        @Block(value = "cri", optional = true) CriConfig cri,
        @Block(value = "decolorize", optional = true) DecolorizeConfig decolorize,
        @Block(value = "docker", optional = true) DockerConfig docker,
        @Block(value = "drop", optional = true) DropConfig drop,
        @Block(value = "eventlogmessage", optional = true) EventLogMessageConfig eventLogMessage,
        @Block(value = "geoip", optional = true) GeoIpConfig geoIp,
        @Block(value = "json", optional = true) JsonConfig json,
        @Block(value = "label_keep", optional = true) LabelKeepConfig labelKeep,
        @Block(value = "label_drop", optional = true) LabelDropConfig labelDrop,
        @Block(value = "labels", optional = true) LabelsConfig labels,
        @Block(value = "limit", optional = true) LimitConfig limit,
        @Block(value = "logfmt", optional = true) LogfmtConfig logfmt,
        @Block(value = "luhn", optional = true) LuhnConfig luhn,
        @Block(value = "match", optional = true) MatchConfig match,
        @Block(value = "metrics", optional = true) MetricsConfig metrics,
        @Block(value = "multiline", optional = true) MultilineConfig multiline,
        @Block(value = "output", optional = true) OutputConfig output,
        @Block(value = "pack", optional = true) PackConfig pack,
        @Block(value = "pattern", optional = true) PatternConfig pattern,
        @Block(value = "regex", optional = true) RegexConfig regex,
        @Block(value = "replace", optional = true) ReplaceConfig replace,
        @Block(value = "split_json", optional = true) SplitJsonConfig splitJson,
        @Block(value = "static_labels", optional = true) StaticLabelsConfig staticLabels,
        @Block(value = "structured_metadata", optional = true) StructuredMetadataConfig structuredMetadata,
        @Block(value = "structured_metadata_drop", optional = true) StructuredMetadataDropConfig structuredMetadataDrop,
        @Block(value = "sampling", optional = true) SamplingConfig sampling,
        @Block(value = "template", optional = true) TemplateConfig template,
        @Block(value = "tenant", optional = true) TenantConfig tenant,
        @Block(value = "truncate", optional = true) TruncateConfig truncate,
        @Block(value = "timestamp", optional = true) TimestampConfig timestamp,
        @Block(value = "windowsevent", optional = true) WindowsEventConfig windowsEvent) {}

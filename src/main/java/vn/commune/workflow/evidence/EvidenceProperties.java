package vn.commune.workflow.evidence;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

@ConfigurationProperties("workflow.evidence")
public record EvidenceProperties(DataSize maxSize) {}

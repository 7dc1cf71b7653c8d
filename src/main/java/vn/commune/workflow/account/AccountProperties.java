package vn.commune.workflow.account;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** How long a mailed link to set one's password stays usable. */
@ConfigurationProperties("workflow.accounts")
record AccountProperties(@DefaultValue("P3D") Duration passwordLinkValidity) {}

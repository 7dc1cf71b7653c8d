package vn.commune.workflow.mail;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

@ConfigurationProperties("workflow.mail")
public record MailProperties(String from, Duration sendInterval, Duration maxBackoff) {

    public MailProperties {
        if (maxBackoff == null) {
            maxBackoff = Duration.ofHours(1);
        }
    }
}

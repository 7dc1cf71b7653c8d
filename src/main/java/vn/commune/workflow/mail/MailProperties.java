package vn.commune.workflow.mail;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/** @param maxAttempts after this many failed tries a mail is marked FAILED and left for the administrator */
@ConfigurationProperties("workflow.mail")
public record MailProperties(String from, Duration sendInterval, Duration maxBackoff, int maxAttempts) {

    public MailProperties {
        if (maxBackoff == null) {
            maxBackoff = Duration.ofHours(1);
        }
        if (maxAttempts <= 0) {
            maxAttempts = 20;
        }
    }
}

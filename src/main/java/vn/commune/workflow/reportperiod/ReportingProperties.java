package vn.commune.workflow.reportperiod;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/** Days of the month on which offices are reminded of a report not yet in (moved to the working day before a day off). */
@ConfigurationProperties("workflow.reports")
public record ReportingProperties(List<Integer> reminderDays) {}

package vn.commune.workflow.morninground;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/** How many days before a deadline an office is reminded, and the hour of the morning round (Vietnam time). */
@ConfigurationProperties("workflow.reminders")
public record ReminderProperties(List<Integer> daysBefore, int hourOfDay) {}

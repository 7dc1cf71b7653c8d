package vn.commune.workflow.plantask;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/** How many days before a deadline the office is reminded, and at what hour (Vietnam time). */
@ConfigurationProperties("workflow.reminders")
public record ReminderProperties(List<Integer> daysBefore, int hourOfDay) {}

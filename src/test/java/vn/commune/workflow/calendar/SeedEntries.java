package vn.commune.workflow.calendar;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/** Loads db/data/calendar-days.csv (header date,kind,name). */
final class SeedEntries {

    static final String RESOURCE = "/db/data/calendar-days.csv";
    static final String HEADER = "date,kind,name";

    private SeedEntries() {}

    static List<CalendarEntry> load() {
        try (InputStream in = Objects.requireNonNull(SeedEntries.class.getResourceAsStream(RESOURCE), RESOURCE);
                BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            List<String> lines = reader.lines().toList();
            if (!lines.get(0).equals(HEADER)) {
                throw new IllegalStateException("Unexpected header: " + lines.get(0));
            }
            return lines.stream()
                    .skip(1)
                    .filter(line -> !line.isBlank())
                    .map(SeedEntries::parse)
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A calendar whose entered days are the seed's. */
    static WorkingCalendar calendar() {
        List<CalendarEntry> entries = load();
        return new WorkingCalendar(
                year -> entries.stream().filter(e -> e.date().getYear() == year).toList());
    }

    private static CalendarEntry parse(String line) {
        // The name is the last column, so it may contain commas.
        String[] columns = line.split(",", 3);
        return new CalendarEntry(LocalDate.parse(columns[0]), DayKind.valueOf(columns[1]), columns[2]);
    }
}

package nl.pitstop.handlers.web.time;

import java.time.LocalDate;

/**
 * The optional body of {@code POST /api/time/day-has-passed}.
 *
 * @param date the day that begins; the current day when absent
 */
public record DayHasPassedRequest(LocalDate date) {}

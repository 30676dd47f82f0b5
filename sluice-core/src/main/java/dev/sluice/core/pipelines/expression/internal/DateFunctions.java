package dev.sluice.core.pipelines.expression.internal;

import static dev.sluice.core.pipelines.expression.internal.Functions.Kind.DATE_TIME;
import static dev.sluice.core.pipelines.expression.internal.Functions.Kind.INTEGER;
import static dev.sluice.core.pipelines.expression.internal.Functions.Kind.STRING;

import dev.sluice.core.pipelines.expression.internal.Functions.Body;
import dev.sluice.core.pipelines.expression.internal.Functions.Function;
import dev.sluice.core.pipelines.expression.internal.Functions.Kind;
import dev.sluice.core.result.Result;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAdjusters;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;

/**
 * Data Pipeline's date and time functions ("Date and Time Functions" in the developer guide): field
 * getters, {@code plus*}/{@code minus*} (calendar arithmetic: a month after January 31 is the last
 * day of February), {@code firstOfMonth}, {@code midnight}, {@code sunday}, {@code yesterday},
 * {@code makeDate}, {@code makeDateTime}, {@code inTimeZone} and {@code format}.
 */
final class DateFunctions {
  private DateFunctions() {}

  static Map<String, Function> all() {
    var all = new HashMap<String, Function>();
    getters(all);
    shifts(all);
    add(all, "firstOfMonth", List.of(DATE_TIME), a -> moment(a.dateTime(0).withDayOfMonth(1)));
    add(all, "midnight", List.of(DATE_TIME), a -> moment(startOfDay(a.dateTime(0))));
    add(all, "sunday", List.of(DATE_TIME), a -> moment(previousSunday(a.dateTime(0))));
    add(all, "yesterday", List.of(DATE_TIME), a -> moment(a.dateTime(0).minusDays(1)));
    add(all, "makeDate", List.of(INTEGER, INTEGER, INTEGER), DateFunctions::makeDate);
    add(
        all,
        "makeDateTime",
        List.of(INTEGER, INTEGER, INTEGER, INTEGER, INTEGER),
        DateFunctions::makeDateTime);
    add(all, "inTimeZone", List.of(DATE_TIME, STRING), DateFunctions::inTimeZone);
    add(all, "format", List.of(DATE_TIME, STRING), DateFunctions::format);
    return Map.copyOf(all);
  }

  private static void getters(Map<String, Function> all) {
    add(all, "year", List.of(DATE_TIME), a -> integer(a.dateTime(0).getYear()));
    add(all, "month", List.of(DATE_TIME), a -> integer(a.dateTime(0).getMonthValue()));
    add(all, "day", List.of(DATE_TIME), a -> integer(a.dateTime(0).getDayOfMonth()));
    add(all, "dayOfYear", List.of(DATE_TIME), a -> integer(a.dateTime(0).getDayOfYear()));
    add(all, "hour", List.of(DATE_TIME), a -> integer(a.dateTime(0).getHour()));
    add(all, "minute", List.of(DATE_TIME), a -> integer(a.dateTime(0).getMinute()));
  }

  private static void shifts(Map<String, Function> all) {
    shift(all, "Minutes", ZonedDateTime::plusMinutes);
    shift(all, "Hours", ZonedDateTime::plusHours);
    shift(all, "Days", ZonedDateTime::plusDays);
    shift(all, "Weeks", ZonedDateTime::plusWeeks);
    shift(all, "Months", ZonedDateTime::plusMonths);
    shift(all, "Years", ZonedDateTime::plusYears);
  }

  private static void shift(
      Map<String, Function> all, String unit, BiFunction<ZonedDateTime, Long, ZonedDateTime> plus) {
    var kinds = List.of(DATE_TIME, INTEGER);
    add(all, "plus" + unit, kinds, a -> moment(plus.apply(a.dateTime(0), a.integer(1))));
    add(
        all,
        "minus" + unit,
        kinds,
        a -> moment(plus.apply(a.dateTime(0), Math.negateExact(a.integer(1)))));
  }

  private static void add(Map<String, Function> all, String name, List<Kind> kinds, Body body) {
    all.put(name, new Function(name, kinds, body));
  }

  private static ZonedDateTime startOfDay(ZonedDateTime time) {
    return time.toLocalDate().atStartOfDay(time.getZone());
  }

  private static ZonedDateTime previousSunday(ZonedDateTime time) {
    return time.with(TemporalAdjusters.previousOrSame(DayOfWeek.SUNDAY));
  }

  private static Result<Value> makeDate(Args a) {
    return moment(
        ZonedDateTime.of(a.small(0), a.small(1), a.small(2), 0, 0, 0, 0, DateTimeText.UTC));
  }

  private static Result<Value> makeDateTime(Args a) {
    return moment(
        ZonedDateTime.of(
            a.small(0), a.small(1), a.small(2), a.small(3), a.small(4), 0, 0, DateTimeText.UTC));
  }

  private static Result<Value> inTimeZone(Args a) {
    try {
      return moment(a.dateTime(0).withZoneSameInstant(ZoneId.of(a.text(1))));
    } catch (DateTimeException unknown) {
      return Result.err(Problems.invalid("inTimeZone: unknown time zone '" + a.text(1) + "'"));
    }
  }

  private static Result<Value> format(Args a) {
    return JodaPattern.format(a.dateTime(0), a.text(1)).map(Value.Text::new);
  }

  private static Result<Value> moment(ZonedDateTime time) {
    return Result.ok(new Value.Moment(time));
  }

  private static Result<Value> integer(long value) {
    return Result.ok(new Value.Int(value));
  }
}

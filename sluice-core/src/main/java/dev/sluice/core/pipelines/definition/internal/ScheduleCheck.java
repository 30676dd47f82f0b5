package dev.sluice.core.pipelines.definition.internal;

import dev.sluice.core.pipelines.definition.FieldValue;
import dev.sluice.core.pipelines.definition.ObjectKind;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The pipeline's scheduleType (Default's; timeseries when unset): ondemand only on Default and then
 * nowhere anything else; cron and timeseries activities need a {@code schedule} (resources and data
 * nodes run on their activities' schedules, as the Schedule reference's examples show), ondemand
 * ones may only point to an on-demand Schedule. Schedules run every 15 minutes to 3 years and end
 * after they start.
 */
final class ScheduleCheck {
  static final String ON_DEMAND = "ondemand";
  private static final Set<String> TYPES = Set.of("cron", ON_DEMAND, "timeseries");
  private static final long MIN_MINUTES = 15;
  private static final long MAX_MINUTES = 3 * 525_600L;

  private ScheduleCheck() {}

  static void check(DefinitionModel model, Findings findings) {
    var pipelineType =
        model.objects().containsKey(Inheritance.DEFAULT)
            ? scheduleType(model, Inheritance.DEFAULT, true).orElse("timeseries")
            : "timeseries";
    for (var id : model.ids()) {
      checkOwnType(model, id, pipelineType, findings);
      var kind = model.resolved().get(id).kind();
      if (kind == ObjectKind.ACTIVITY && model.typeOf(id).isPresent()) {
        var type = scheduleType(model, id, false).orElse(pipelineType);
        boolean misplacedOnDemand = type.equals(ON_DEMAND) && !pipelineType.equals(ON_DEMAND);
        if (!misplacedOnDemand) {
          checkSchedule(model, id, type, findings);
        }
      }
      if (kind == ObjectKind.SCHEDULE) {
        checkScheduleObject(model, id, pipelineType.equals(ON_DEMAND), findings);
      }
    }
  }

  private static void checkOwnType(
      DefinitionModel model, String id, String pipelineType, Findings findings) {
    var own = scheduleType(model, id, true);
    if (own.isEmpty() || id.equals(Inheritance.DEFAULT)) {
      return;
    }
    if (own.get().equals(ON_DEMAND) && !pipelineType.equals(ON_DEMAND)) {
      findings.error(id, Messages.onDemandOutsideDefault());
    } else if (pipelineType.equals(ON_DEMAND) && !own.get().equals(ON_DEMAND)) {
      findings.error(id, Messages.onDemandMixed());
    }
  }

  private static void checkSchedule(
      DefinitionModel model, String id, String type, Findings findings) {
    var schedules =
        model.values(id, "schedule").stream()
            .filter(FieldValue.Ref.class::isInstance)
            .map(v -> ((FieldValue.Ref) v).id())
            .filter(model.objects()::containsKey)
            .toList();
    if (!type.equals(ON_DEMAND)) {
      if (!model.has(id, "schedule")) {
        findings.error(id, Messages.scheduleRequired(type));
      }
    } else if (schedules.stream().anyMatch(s -> !isOnDemandSchedule(model, s))) {
      findings.error(id, Messages.onDemandSchedule());
    }
  }

  private static boolean isOnDemandSchedule(DefinitionModel model, String id) {
    return model.resolved().get(id).kind() != ObjectKind.SCHEDULE
        || text(model, id, "period").map(ValueFormats.ON_DEMAND_PERIOD::equals).orElse(false);
  }

  private static void checkScheduleObject(
      DefinitionModel model, String id, boolean onDemand, Findings findings) {
    var period = text(model, id, "period");
    if (!onDemand && period.filter(ValueFormats.ON_DEMAND_PERIOD::equals).isPresent()) {
      findings.error(id, Messages.onDemandValueElsewhere("period"));
    }
    var startAt = text(model, id, "startAt");
    if (!onDemand && startAt.filter("ONDEMAND_ACTIVATION_TIME"::equals).isPresent()) {
      findings.error(id, Messages.onDemandValueElsewhere("startAt"));
    }
    period
        .flatMap(ValueFormats::periodMinutes)
        .ifPresent(
            minutes -> {
              if (minutes < MIN_MINUTES) {
                findings.error(id, Messages.periodTooShort());
              } else if (minutes > MAX_MINUTES) {
                findings.error(id, Messages.periodTooLong());
              }
            });
    var start = text(model, id, "startDateTime").flatMap(ValueFormats::dateTime);
    var end = text(model, id, "endDateTime").flatMap(ValueFormats::dateTime);
    if (start.isPresent() && end.isPresent() && !end.get().isAfter(start.get())) {
      findings.error(id, Messages.endBeforeStart());
    }
  }

  /** The object's valid scheduleType, lower case: its own only, or resolved. */
  private static Optional<String> scheduleType(DefinitionModel model, String id, boolean own) {
    if (own && !model.ownHas(id, "scheduleType")) {
      return Optional.empty();
    }
    return text(model, id, "scheduleType")
        .map(t -> t.strip().toLowerCase(Locale.ROOT))
        .filter(TYPES::contains);
  }

  private static Optional<String> text(DefinitionModel model, String id, String key) {
    return model.values(id, key).stream()
        .filter(FieldValue.Text.class::isInstance)
        .map(v -> ((FieldValue.Text) v).value())
        .findFirst();
  }
}

package org.coproduce.outcomes;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.coproduce.catalogue.PublicServices;
import org.coproduce.catalogue.ServiceRef;
import org.coproduce.ideas.IdeaActivity;
import org.coproduce.ideas.IdeaStatistics;
import org.coproduce.ratings.AssessmentActivity;
import org.coproduce.ratings.RatingStatistics;
import org.coproduce.shared.api.ProblemException;
import org.coproduce.shared.time.InstanceTime;
import org.coproduce.volunteering.DeliveryActivity;
import org.coproduce.volunteering.DeliveryStatistics;

/**
 * The four-Co's record of services: each feature counts its own activity for the period (through
 * its statistics service, never its tables, and from rollups, so the cost does not grow with the
 * activity), and this puts them side by side with the balance of voice and action and the value of
 * citizens' time. The overview asks each feature once for all services, not once per service.
 */
@ApplicationScoped
public class ServiceRecords {
    static final int MAX_MONTHS = 60;

    private static final IdeaActivity NO_IDEAS = new IdeaActivity(0, 0, null, 0, 0, 0, 0, Map.of());
    private static final DeliveryActivity NO_DELIVERY =
            new DeliveryActivity(0, 0, 0, 0, 0, BigDecimal.ZERO, 0, BigDecimal.ZERO, Map.of(), Map.of());
    private static final AssessmentActivity NO_RATINGS = new AssessmentActivity(0, null, null, 0, 0, 0, 0, 0, Map.of());

    private final PublicServices services;
    private final IdeaStatistics ideas;
    private final DeliveryStatistics delivery;
    private final RatingStatistics ratings;
    private final TimeValues timeValues;
    private final ActivityRollups rollups;
    private final InstanceTime time;
    private final Clock clock;

    ServiceRecords(
            PublicServices services,
            IdeaStatistics ideas,
            DeliveryStatistics delivery,
            RatingStatistics ratings,
            TimeValues timeValues,
            ActivityRollups rollups,
            InstanceTime time,
            Clock clock) {
        this.services = services;
        this.ideas = ideas;
        this.delivery = delivery;
        this.ratings = ratings;
        this.timeValues = timeValues;
        this.rollups = rollups;
        this.time = time;
        this.clock = clock;
    }

    /** A period of local days, both ends included. */
    record Period(LocalDate first, LocalDate last) {}

    /** From {@code from} to {@code to} (inclusive); by default the 12 months up to today. */
    Period period(LocalDate from, LocalDate to) {
        LocalDate today = LocalDate.now(clock.withZone(time.zone()));
        LocalDate last = to == null ? today : to;
        LocalDate first = from == null ? last.withDayOfMonth(1).minusMonths(11) : from;
        if (first.isAfter(last)) {
            throw ProblemException.invalidField("from", "must be on or before to");
        }
        if (first.isBefore(last.minusMonths(MAX_MONTHS))) {
            throw ProblemException.invalidField("from", "must be at most " + MAX_MONTHS + " months before to");
        }
        return new Period(first, last);
    }

    @Transactional
    public ServiceRecordView of(String serviceIdOrSlug, LocalDate from, LocalDate to) {
        ServiceRef service = services.ref(serviceIdOrSlug);
        return of(List.of(service), period(from, to)).get(0);
    }

    /** The records of {@code which} for the period, in the same order, counted with one query per feature. */
    @Transactional
    List<ServiceRecordView> of(List<ServiceRef> which, Period period) {
        ZoneId zone = time.zone();
        Instant start = period.first().atStartOfDay(zone).toInstant();
        Instant end = period.last().plusDays(1).atStartOfDay(zone).toInstant();
        List<UUID> ids = which.stream().map(ServiceRef::id).toList();
        Map<UUID, IdeaActivity> design = ideas.activity(ids, period.first(), period.last());
        Map<UUID, DeliveryActivity> action = delivery.activity(ids, period.first(), period.last());
        Map<UUID, AssessmentActivity> assessment = ratings.activity(
                ids,
                period.first().withDayOfMonth(1),
                period.last().withDayOfMonth(1).plusMonths(1),
                start,
                end);
        Map<UUID, BigDecimal> ownValues = timeValues.ownValues(ids);
        Map<UUID, BigDecimal> staffHours =
                timeValues.staffHours(ids, YearMonth.from(period.first()), YearMonth.from(period.last()));
        Instant countedAt = clock.instant();
        Instant refreshedAt = rollups.last().refreshedAt();
        return which.stream()
                .map(service -> record(
                        service,
                        period,
                        design.getOrDefault(service.id(), NO_IDEAS),
                        action.getOrDefault(service.id(), NO_DELIVERY),
                        assessment.getOrDefault(service.id(), NO_RATINGS),
                        valueOfTime(
                                action.getOrDefault(service.id(), NO_DELIVERY).approvedHours(),
                                ownValues.get(service.id()),
                                staffHours.get(service.id())),
                        countedAt,
                        refreshedAt))
                .toList();
    }

    private ServiceRecordView record(
            ServiceRef service,
            Period period,
            IdeaActivity design,
            DeliveryActivity action,
            AssessmentActivity assessment,
            ServiceRecordView.ValueOfTime value,
            Instant countedAt,
            Instant refreshedAt) {
        return new ServiceRecordView(
                service,
                period.first(),
                period.last(),
                new ServiceRecordView.CoCommissioning(design.supports()),
                new ServiceRecordView.CoDesign(
                        design.ideas(),
                        design.answered(),
                        percent(design.answered(), design.ideas()),
                        design.medianDaysToFirstAnswer(),
                        design.accepted(),
                        design.implemented(),
                        design.comments()),
                new ServiceRecordView.CoDelivery(
                        action.shifts(),
                        action.places(),
                        action.placesFilled(),
                        percent(action.placesFilled(), action.places()),
                        action.attended(),
                        action.noShows(),
                        percent(action.noShows(), action.attended() + action.noShows()),
                        Decimals.plain(action.approvedHours()),
                        action.contributions(),
                        Decimals.plain(action.contributionHours()),
                        value),
                new ServiceRecordView.CoAssessment(assessment.ratings(), assessment.mean(), assessment.netScore()),
                new ServiceRecordView.Changes(
                        assessment.changesCommitted(),
                        assessment.changesDone(),
                        assessment.confirmedYes(),
                        assessment.confirmedPartly(),
                        assessment.confirmedNo()),
                balance(period, voiceByMonth(design, assessment), action.actionByMonth()),
                countedAt,
                refreshedAt);
    }

    /** Approved hours at the service's own value, or the instance's, beside staff support hours. */
    private ServiceRecordView.ValueOfTime valueOfTime(BigDecimal hours, BigDecimal ownValue, BigDecimal staffHours) {
        BigDecimal hourly = ownValue == null ? timeValues.instanceValue() : ownValue;
        return new ServiceRecordView.ValueOfTime(
                hourly,
                timeValues.currency(),
                hours.multiply(hourly).setScale(2, RoundingMode.HALF_UP),
                ownValue == null ? "INSTANCE" : "SERVICE",
                staffHours == null ? null : Decimals.plain(staffHours),
                staffHours == null || staffHours.signum() == 0
                        ? null
                        : hours.divide(staffHours, 1, RoundingMode.HALF_UP));
    }

    private static Map<LocalDate, Long> voiceByMonth(IdeaActivity design, AssessmentActivity assessment) {
        Map<LocalDate, Long> voice = new TreeMap<>(design.voiceByMonth());
        assessment.ratingsByMonth().forEach((month, count) -> voice.merge(month, count, Long::sum));
        return voice;
    }

    private static ServiceRecordView.Balance balance(
            Period period, Map<LocalDate, Long> voice, Map<LocalDate, Long> action) {
        List<ServiceRecordView.Month> trend = new ArrayList<>();
        long voiceTotal = 0;
        long actionTotal = 0;
        for (YearMonth month = YearMonth.from(period.first());
                !month.isAfter(YearMonth.from(period.last()));
                month = month.plusMonths(1)) {
            long v = voice.getOrDefault(month.atDay(1), 0L);
            long a = action.getOrDefault(month.atDay(1), 0L);
            voiceTotal += v;
            actionTotal += a;
            trend.add(new ServiceRecordView.Month(month.toString(), v, a, percent(a, v + a)));
        }
        return new ServiceRecordView.Balance(
                voiceTotal, actionTotal, percent(actionTotal, voiceTotal + actionTotal), trend);
    }

    /** Every live service's record for the period, added up, with the instance's balance month by month. */
    @Transactional
    public OverviewView overview(LocalDate from, LocalDate to) {
        Period period = period(from, to);
        List<ServiceRecordView> records = of(services.allLive(), period);
        long supports = 0, ideasCount = 0, answered = 0, shifts = 0, contributions = 0, ratingsCount = 0;
        long committed = 0, confirmed = 0;
        BigDecimal hours = BigDecimal.ZERO;
        BigDecimal value = BigDecimal.ZERO;
        BigDecimal staffHours = null;
        Map<LocalDate, Long> voice = new TreeMap<>();
        Map<LocalDate, Long> action = new TreeMap<>();
        List<OverviewView.ServiceLine> lines = new ArrayList<>();
        for (ServiceRecordView r : records) {
            supports += r.coCommissioning().supports();
            ideasCount += r.coDesign().ideas();
            answered += r.coDesign().answered();
            shifts += r.coDelivery().shifts();
            hours = hours.add(r.coDelivery().approvedHours());
            value = value.add(r.coDelivery().valueOfTime().value());
            BigDecimal staff = r.coDelivery().valueOfTime().staffSupportHours();
            if (staff != null) {
                staffHours = staffHours == null ? staff : staffHours.add(staff);
            }
            contributions += r.coDelivery().contributions();
            ratingsCount += r.coAssessment().ratings();
            committed += r.changes().committed();
            confirmed += r.changes().confirmedYes()
                    + r.changes().confirmedPartly()
                    + r.changes().confirmedNo();
            for (ServiceRecordView.Month month : r.balance().trend()) {
                LocalDate day = YearMonth.parse(month.month()).atDay(1);
                voice.merge(day, month.voice(), Long::sum);
                action.merge(day, month.action(), Long::sum);
            }
            lines.add(new OverviewView.ServiceLine(
                    r.service(),
                    r.coCommissioning().supports(),
                    r.coDesign().ideas(),
                    r.coDesign().answeredShare(),
                    r.coDelivery().approvedHours(),
                    r.coDelivery().contributions(),
                    r.coAssessment().ratings(),
                    r.coAssessment().mean(),
                    r.balance().voice(),
                    r.balance().action()));
        }
        ServiceRecordView.Balance balance = balance(period, voice, action);
        OverviewView.Totals totals = new OverviewView.Totals(
                supports,
                ideasCount,
                answered,
                percent(answered, ideasCount),
                shifts,
                Decimals.plain(hours),
                new ServiceRecordView.ValueOfTime(
                        timeValues.instanceValue(),
                        timeValues.currency(),
                        value.setScale(2, RoundingMode.HALF_UP),
                        "INSTANCE",
                        staffHours == null ? null : Decimals.plain(staffHours),
                        staffHours == null || staffHours.signum() == 0
                                ? null
                                : hours.divide(staffHours, 1, RoundingMode.HALF_UP)),
                contributions,
                ratingsCount,
                committed,
                confirmed,
                balance.voice(),
                balance.action(),
                balance.actionShare(),
                balance.trend());
        return new OverviewView(
                period.first(),
                period.last(),
                totals,
                lines,
                clock.instant(),
                rollups.last().refreshedAt());
    }

    /** part as a percentage of whole, to 1 decimal place; null when whole is 0. */
    static BigDecimal percent(long part, long whole) {
        return whole == 0
                ? null
                : BigDecimal.valueOf(100 * part).divide(BigDecimal.valueOf(whole), 1, RoundingMode.HALF_UP);
    }
}

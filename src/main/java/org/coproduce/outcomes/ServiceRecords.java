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
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The four-Co's record of a service: each feature counts its own activity for the period (through
 * its statistics service, never its tables), and this puts them side by side with the balance of
 * voice and action and the value of citizens' time.
 */
@ApplicationScoped
public class ServiceRecords {
    static final int MAX_MONTHS = 60;

    private final PublicServices services;
    private final IdeaStatistics ideas;
    private final DeliveryStatistics delivery;
    private final RatingStatistics ratings;
    private final InstanceTime time;
    private final Clock clock;
    private final BigDecimal hourlyValue;
    private final String currency;

    ServiceRecords(
            PublicServices services,
            IdeaStatistics ideas,
            DeliveryStatistics delivery,
            RatingStatistics ratings,
            InstanceTime time,
            Clock clock,
            @ConfigProperty(name = "coproduce.outcomes.hourly-value") BigDecimal hourlyValue,
            @ConfigProperty(name = "coproduce.outcomes.currency") String currency) {
        this.services = services;
        this.ideas = ideas;
        this.delivery = delivery;
        this.ratings = ratings;
        this.time = time;
        this.clock = clock;
        this.hourlyValue = hourlyValue;
        this.currency = currency;
    }

    /** The record from {@code from} to {@code to} (inclusive); by default the last 12 months. */
    @Transactional
    public ServiceRecordView of(String serviceIdOrSlug, LocalDate from, LocalDate to) {
        ServiceRef service = services.ref(serviceIdOrSlug);
        ZoneId zone = time.zone();
        LocalDate today = LocalDate.now(clock.withZone(zone));
        LocalDate last = to == null ? today : to;
        LocalDate first = from == null ? last.withDayOfMonth(1).minusMonths(11) : from;
        if (first.isAfter(last)) {
            throw ProblemException.invalidField("from", "must be on or before to");
        }
        if (first.isBefore(last.minusMonths(MAX_MONTHS))) {
            throw ProblemException.invalidField("from", "must be at most " + MAX_MONTHS + " months before to");
        }
        Instant start = first.atStartOfDay(zone).toInstant();
        Instant end = last.plusDays(1).atStartOfDay(zone).toInstant();
        IdeaActivity design = ideas.activity(service.id(), start, end);
        DeliveryActivity action = delivery.activity(service.id(), start, end);
        AssessmentActivity assessment = ratings.activity(
                service.id(), first.withDayOfMonth(1), last.withDayOfMonth(1).plusMonths(1), start, end);

        return new ServiceRecordView(
                service,
                first,
                last,
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
                        new ServiceRecordView.ValueOfTime(
                                hourlyValue,
                                currency,
                                action.approvedHours().multiply(hourlyValue).setScale(2, RoundingMode.HALF_UP))),
                new ServiceRecordView.CoAssessment(assessment.ratings(), assessment.mean(), assessment.netScore()),
                new ServiceRecordView.Changes(
                        assessment.changesCommitted(),
                        assessment.changesDone(),
                        assessment.confirmedYes(),
                        assessment.confirmedPartly(),
                        assessment.confirmedNo()),
                balance(first, last, design, action, assessment),
                clock.instant());
    }

    private static ServiceRecordView.Balance balance(
            LocalDate first,
            LocalDate last,
            IdeaActivity design,
            DeliveryActivity action,
            AssessmentActivity assessment) {
        Map<LocalDate, Long> voice = new TreeMap<>(design.voiceByMonth());
        assessment.ratingsByMonth().forEach((month, count) -> voice.merge(month, count, Long::sum));
        List<ServiceRecordView.Month> trend = new ArrayList<>();
        long voiceTotal = 0;
        long actionTotal = 0;
        for (YearMonth month = YearMonth.from(first);
                !month.isAfter(YearMonth.from(last));
                month = month.plusMonths(1)) {
            long v = voice.getOrDefault(month.atDay(1), 0L);
            long a = action.actionByMonth().getOrDefault(month.atDay(1), 0L);
            voiceTotal += v;
            actionTotal += a;
            trend.add(new ServiceRecordView.Month(month.toString(), v, a, percent(a, v + a)));
        }
        return new ServiceRecordView.Balance(
                voiceTotal, actionTotal, percent(actionTotal, voiceTotal + actionTotal), trend);
    }

    /**
     * Every live service's record for the period, added up. Each service's figures come from the
     * same indexed per-service counts as its own record.
     */
    @Transactional
    public OverviewView overview(LocalDate from, LocalDate to) {
        List<ServiceRecordView> records = services.allLive().stream()
                .map(service -> of(service.id().toString(), from, to))
                .toList();
        LocalDate first = records.isEmpty() ? from : records.get(0).from();
        LocalDate last = records.isEmpty() ? to : records.get(0).to();
        long supports = 0, ideasCount = 0, answered = 0, shifts = 0, contributions = 0, ratingsCount = 0;
        long committed = 0, confirmed = 0, voice = 0, action = 0;
        BigDecimal hours = BigDecimal.ZERO;
        List<OverviewView.ServiceLine> lines = new ArrayList<>();
        for (ServiceRecordView r : records) {
            supports += r.coCommissioning().supports();
            ideasCount += r.coDesign().ideas();
            answered += r.coDesign().answered();
            shifts += r.coDelivery().shifts();
            hours = hours.add(r.coDelivery().approvedHours());
            contributions += r.coDelivery().contributions();
            ratingsCount += r.coAssessment().ratings();
            committed += r.changes().committed();
            confirmed += r.changes().confirmedYes()
                    + r.changes().confirmedPartly()
                    + r.changes().confirmedNo();
            voice += r.balance().voice();
            action += r.balance().action();
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
        OverviewView.Totals totals = new OverviewView.Totals(
                supports,
                ideasCount,
                answered,
                percent(answered, ideasCount),
                shifts,
                Decimals.plain(hours),
                new ServiceRecordView.ValueOfTime(
                        hourlyValue, currency, hours.multiply(hourlyValue).setScale(2, RoundingMode.HALF_UP)),
                contributions,
                ratingsCount,
                committed,
                confirmed,
                voice,
                action,
                percent(action, voice + action));
        return new OverviewView(first, last, totals, lines, clock.instant());
    }

    /** part as a percentage of whole, to 1 decimal place; null when whole is 0. */
    static BigDecimal percent(long part, long whole) {
        return whole == 0
                ? null
                : BigDecimal.valueOf(100 * part).divide(BigDecimal.valueOf(whole), 1, RoundingMode.HALF_UP);
    }
}

package org.coproduce.outcomes;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.coproduce.catalogue.ServiceRef;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Dark-side and equity monitors of one service. Figures about fewer than 5 people are withheld. */
@Schema(
        description = "Warnings about who carries co-production and who is left unanswered; any figure that would"
                + " describe fewer than 5 people is null with fewerThanFive true")
public record MonitorView(
        ServiceRef service,
        LocalDate from,
        LocalDate to,

        @Schema(description = "For each Co: how concentrated activity is among people")
        List<CoConcentration> concentration,

        Burden burden,
        Unanswered unanswered,

        @Schema(description = "Who took part, by the area and groups people chose to declare, against the population")
        Representativeness representativeness,

        Instant countedAt) {

    @Schema(description = "One Co's concentration")
    public record CoConcentration(
            Co co,
            @Schema(description = "People who took part") Long people,

            @Schema(description = "Percentage of acts from the most active 10% of people")
            BigDecimal topTenthShare,

            @Schema(description = "0 (even) to 1 (all from one person)")
            BigDecimal gini,

            boolean fewerThanFive) {}

    @Schema(description = "Volunteers carrying too much, on this service's shifts")
    public record Burden(
            @Schema(description = "Hours of shifts in the last 28 days above which someone is counted")
            BigDecimal warningHours,

            @Schema(description = "People above it; null when fewer than 5")
            Long overWarning,

            @Schema(description = "People with 2 or more no-shows in the last 90 days; null when fewer than 5")
            Long repeatedNoShows,

            boolean fewerThanFive) {}

    @Schema(description = "Voice still waiting for an answer")
    public record Unanswered(
            @Schema(description = "Ideas waiting more than 30 days for a first answer")
            long ideasWaitingOver30Days,

            @Schema(description = "Reviews without a reply") long reviewsWithoutReply) {}

    @Schema(
            description = "People active with the service in the 12 months, by declared area and group, against the"
                    + " instance's population. A count below 5 is withheld, and when only one figure of a set would be"
                    + " withheld the next smallest is withheld too, so it cannot be worked out from the rest.")
    public record Representativeness(
            @Schema(description = "People who took part; null when fewer than 5")
            Long people,

            @Schema(description = "Of them, how many declared an area; null when fewer than 5")
            Long declaredArea,

            List<Share> areas,
            List<GroupShares> groups) {}

    @Schema(description = "One self-declared question's answers")
    public record GroupShares(
            org.coproduce.accounts.GroupQuestion question,

            @Schema(description = "How many answered; null when fewer than 5")
            Long declared,

            List<Share> answers) {}

    @Schema(description = "One area or answer: its people and share against the population's")
    public record Share(
            @Schema(description = "The area's code or the answer", examples = "northbank")
            String code,

            @Schema(description = "The area's name, or the answer", examples = "Northbank")
            String name,

            @Schema(description = "People; null when withheld")
            Long people,

            @Schema(description = "Percentage of those who declared; null when withheld")
            BigDecimal percent,

            @Schema(description = "Percentage of the population; null when the instance has not set it")
            BigDecimal populationPercent) {}
}

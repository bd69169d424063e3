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

        @Schema(
                description =
                        "Activity by area and group needs people's optional area and self-declared groups, not yet collected")
        String representativeness,

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
}

package org.coproduce.ratings;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;

/** Asks reviewers about changes whose date has come, every few minutes. */
@ApplicationScoped
class ChangeConfirmationRequests {
    private final Changes changes;

    ChangeConfirmationRequests(Changes changes) {
        this.changes = changes;
    }

    @Scheduled(
            identity = "change-confirmation-requests",
            every = "${coproduce.ratings.ask-every}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void askDue() {
        changes.askDue();
    }
}

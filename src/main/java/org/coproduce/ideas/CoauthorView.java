package org.coproduce.ideas;

import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A co-author of an idea, or a person invited to become one. */
@Schema(description = "A co-author, or an invitation not yet accepted")
public record CoauthorView(
        IdeaView.PersonName person,
        State state,
        Instant invitedAt,

        @Schema(description = "When they accepted; absent while invited")
        Instant acceptedAt) {

    /** Whether the invitation has been accepted. */
    public enum State {
        INVITED,
        ACCEPTED
    }
}

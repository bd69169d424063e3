package org.coproduce.ideas;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.coproduce.catalogue.ServiceRef;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An idea as the API shows it. */
@Schema(description = "An idea proposed to a service")
public record IdeaView(
        UUID id,
        ServiceRef service,
        UUID challengeId,
        PersonName author,

        @Schema(description = "People who accepted the author's invitation to design it with them")
        List<PersonName> coauthors,

        String title,

        @Schema(description = "Plain text; blank lines separate paragraphs. Never HTML.")
        String body,

        String placeName,
        Double latitude,
        Double longitude,
        List<String> tags,
        IdeaStatus status,
        int supportCount,
        long version,
        Instant createdAt,
        Instant updatedAt,
        Instant answeredAt,

        @Schema(description = "Hidden by a moderator: only its author still sees it")
        boolean hidden) {

    /** Who proposed it, as the public may see them. */
    @Schema(description = "A person's public name")
    public record PersonName(UUID id, String displayName) {}
}

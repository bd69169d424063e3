package org.coproduce.accounts;

import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What a person tells us about themselves; it replaces what they told us before. */
@Schema(description = "My area and answers; leave out (or null) what I do not want to say")
public record ProfileInput(
        @Schema(description = "The code of one of the instance's areas, or null", examples = "northbank")
        String area,

        @Schema(description = "Answers by question; a question left out is withdrawn")
        Map<GroupQuestion, String> answers) {}

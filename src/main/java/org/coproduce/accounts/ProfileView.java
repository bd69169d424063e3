package org.coproduce.accounts;

import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What a person has chosen to tell us about themselves, and the choices they have. */
@Schema(description = "The area I live in and my answers to the self-declared questions, all optional")
public record ProfileView(
        @Schema(description = "The code of my area; null when I have not said")
        String area,

        @Schema(description = "My answers, by question; questions I have not answered are absent")
        Map<GroupQuestion, String> answers,

        @Schema(description = "The areas I may choose from") List<AreaChoice> areas,

        @Schema(description = "The questions and their possible answers")
        List<QuestionChoice> questions) {

    @Schema(description = "An area of the instance")
    public record AreaChoice(
            @Schema(examples = "northbank") String code,
            @Schema(examples = "Northbank") String name) {}

    @Schema(description = "A self-declared question")
    public record QuestionChoice(GroupQuestion question, List<String> answers) {}
}

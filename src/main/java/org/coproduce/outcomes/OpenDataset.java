package org.coproduce.outcomes;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One open dataset as its data dictionary describes it. */
@Schema(description = "An open dataset: its name, what each row is, and each field")
public record OpenDataset(
        @Schema(examples = "ratings-by-month") String name,

        @Schema(examples = "One row per service and month with ratings")
        String rows,

        List<Field> fields) {

    @Schema(description = "One field of a dataset")
    public record Field(
            @Schema(examples = "mean") String name,
            @Schema(examples = "number") String type,
            String description) {}
}

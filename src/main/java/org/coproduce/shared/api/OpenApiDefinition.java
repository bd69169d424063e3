package org.coproduce.shared.api;

import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.Components;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.info.License;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The API's description in the OpenAPI document. */
@OpenAPIDefinition(
        info =
                @Info(
                        title = "Coproduce API",
                        version = "1",
                        description =
                                "Co-production of public services: the catalogue of services and, as they arrive, "
                                        + "ideas, volunteering, ratings and outcomes. Conventions: docs/api.md.",
                        license = @License(name = "AGPL-3.0-or-later")),
        tags = {
            @Tag(name = "API", description = "Where to start: the contract and the main collections"),
            @Tag(name = "Me", description = "The signed-in person"),
            @Tag(name = "Organisations", description = "Organisations that run public services, and their staff"),
            @Tag(name = "Services", description = "The public services every activity belongs to"),
            @Tag(name = "Challenges", description = "Questions services put to the public (co-design)"),
            @Tag(name = "Ideas", description = "Ideas citizens propose, supports and staff answers (co-design)"),
            @Tag(name = "Moderation", description = "Reports, and hiding or restoring what breaks the rules"),
            @Tag(
                    name = "Volunteering",
                    description =
                            "Opportunities, shifts, sign-ups with a waitlist, attendance and hours (co-delivery)"),
            @Tag(
                    name = "Ratings",
                    description = "Ratings and reviews of services, staff replies, and changes citizens confirm"
                            + " (co-assessment)"),
            @Tag(
                    name = "Outcomes",
                    description =
                            "Co-production initiatives, outcome indicators and before/after evaluation (evidence)")
        },
        components = @Components(schemas = {@Schema(name = "Problem", implementation = Problem.class)}))
public class OpenApiDefinition extends Application {}

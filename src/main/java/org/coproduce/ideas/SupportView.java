package org.coproduce.ideas;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** How many people back an idea, and whether the caller does. */
@Schema(description = "The support count of an idea and whether the caller supports it")
public record SupportView(int supportCount, boolean supportedByMe) {}

package org.coproduce.catalogue;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** All staff of an organisation (a short list, so never paged). */
@Schema(description = "All staff of the organisation; nextCursor is always null")
public record StaffMemberList(List<StaffMemberView> items, String nextCursor) {}

package org.coproduce.catalogue;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A complete list of short strings, in the shape of a page. */
@Schema(description = "A list of strings; nextCursor is always null")
public record StringPage(List<String> items, String nextCursor) {}

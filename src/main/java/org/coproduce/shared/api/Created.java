package org.coproduce.shared.api;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.UUID;

/** The answer to a create: 201, the new resource's address in Location, its version as ETag. */
public final class Created {
    private Created() {}

    public static Response at(UriInfo uri, UUID id, Object entity, long version) {
        return Response.created(uri.getAbsolutePathBuilder().path(id.toString()).build())
                .entity(entity)
                .tag(Long.toString(version))
                .build();
    }
}

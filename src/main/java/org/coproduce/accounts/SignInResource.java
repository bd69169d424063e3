package org.coproduce.accounts;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.regex.Pattern;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Where the portal sends a person to sign in. The path is protected in configuration, so Quarkus
 * runs the authorization-code flow first; by the time this runs the session exists, and the person
 * goes back to the page they came from.
 */
@Path("/auth/sign-in")
@Tag(name = "Me")
public class SignInResource {
    /** Only paths on this site, so the sign-in can never be used to send someone elsewhere. */
    private static final Pattern LOCAL_PATH = Pattern.compile("^/(?![/\\\\])[\\w\\-./?=&%~+]*$");

    @GET
    @Operation(hidden = true)
    public Response signIn(@QueryParam("returnTo") String returnTo) {
        String target = returnTo != null && LOCAL_PATH.matcher(returnTo).matches() ? returnTo : "/";
        return Response.seeOther(URI.create(target)).build();
    }
}

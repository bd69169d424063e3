package org.coproduce.shared.api;

import io.vertx.core.json.Json;
import io.vertx.ext.web.RoutingContext;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.HttpHeaders;
import java.util.Locale;
import org.coproduce.shared.i18n.Languages;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * Problems leave in the caller's language: English, or Welsh when {@code Accept-Language} prefers
 * {@code cy}. Problems are built in English anywhere; the title (and a validation failure's count of
 * fields) is swapped here, on the way out, so no resource, service or mapper has to think about it.
 * Every problem of the REST layer passes {@link #translate} (response filters also run after
 * exception mappers and aborted requests); the few answered before it, by Vert.x routes, use
 * {@link #send}. The type and status never change. Answers say {@code Content-Language} and
 * {@code Vary: Accept-Language}; no problem is cached ({@link PublicReadCache} keeps 200s only).
 */
public class ProblemLanguage {

    @ServerResponseFilter
    public void translate(ContainerRequestContext request, ContainerResponseContext response) {
        if (response.getEntity() instanceof Problem problem) {
            Locale language = Languages.fromAcceptLanguage(request.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE));
            response.setEntity(problem.in(language));
            response.getHeaders().putSingle(HttpHeaders.CONTENT_LANGUAGE, language.toLanguageTag());
            response.getHeaders().add(HttpHeaders.VARY, HttpHeaders.ACCEPT_LANGUAGE);
        }
    }

    /** Ends a Vert.x route's answer with this problem, in the caller's language. */
    public static void send(RoutingContext context, Problem problem) {
        Locale language = Languages.fromAcceptLanguage(context.request().getHeader(HttpHeaders.ACCEPT_LANGUAGE));
        context.response()
                .setStatusCode(problem.status())
                .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                .putHeader(HttpHeaders.CONTENT_LANGUAGE, language.toLanguageTag());
        context.response().headers().add(HttpHeaders.VARY, HttpHeaders.ACCEPT_LANGUAGE);
        context.response().end(Json.encode(problem.in(language)));
    }
}

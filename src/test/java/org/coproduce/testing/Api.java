package org.coproduce.testing;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

/** Requests as a given person, with a real token, or as an anonymous visitor. */
public final class Api {
    private Api() {}

    public static RequestSpecification as(String user) {
        return given().auth().oauth2(Tokens.of(user)).contentType(ContentType.JSON);
    }

    /** As a machine client (client-credentials token) with these scopes, space-separated. */
    public static RequestSpecification asIntegrator(String scopes) {
        return given().auth().oauth2(Tokens.integrator(scopes)).contentType(ContentType.JSON);
    }

    public static RequestSpecification anonymous() {
        return given().contentType(ContentType.JSON);
    }
}

package org.coproduce.shared.security;

/** The roles of PRODUCT.md. {@code citizen} is given to every signed-in person. */
public final class Roles {
    public static final String CITIZEN = "citizen";
    public static final String STAFF = "staff";
    public static final String ADMIN = "admin";
    public static final String INTEGRATOR = "integrator";

    private Roles() {}
}

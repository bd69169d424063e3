package org.coproduce.testing;

import io.quarkus.test.common.QuarkusTestResource;

/** Registers the embedded database for every @QuarkusTest in the module. */
@QuarkusTestResource(EmbeddedDatabaseResource.class)
public class DatabaseForAllTests {}

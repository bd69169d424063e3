package org.coproduce.ideas;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;

/** Reads and writes challenges. */
@ApplicationScoped
public class ChallengeRepository implements PanacheRepositoryBase<Challenge, UUID> {}

package org.coproduce.volunteering;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;

/** A task a service needs help with; people give their time to it in shifts. */
@Entity
@Table(name = "opportunities")
public class Opportunity {
    @Id
    public UUID id;

    @Column(name = "service_id", nullable = false)
    public UUID serviceId;

    @Column(nullable = false)
    public String title;

    @Column(nullable = false)
    public String description;

    @Column(name = "place_name")
    public String placeName;

    public Double latitude;

    public Double longitude;

    @Column(nullable = false)
    public String[] skills = new String[0];

    @Column(name = "what_to_bring")
    public String whatToBring;

    @Column(name = "minimum_age")
    public Integer minimumAge;

    /** Checks staff must confirm for a person before they sign up, such as a safeguarding check. */
    @Column(nullable = false)
    public String[] checks = new String[0];

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public OpportunityState state;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @Version
    public long version;
}

package org.coproduce.outcomes;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A co-production initiative on a service: what was done, from when, and which Co's it involves. */
@Entity
@Table(name = "initiatives")
public class Initiative {
    @Id
    public UUID id;

    @Column(name = "service_id", nullable = false)
    public UUID serviceId;

    public String name;
    public String description;

    @Column(name = "starts_on", nullable = false)
    public LocalDate startsOn;

    @Column(name = "ends_on")
    public LocalDate endsOn;

    public String[] cos;

    @Column(name = "comparison_service_ids", nullable = false)
    public UUID[] comparisonServiceIds;

    @Column(name = "created_by")
    public UUID createdBy;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @Version
    public long version;
}

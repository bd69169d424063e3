package org.coproduce.outcomes;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;

/** An outcome a service measures, in one unit, where either a rise or a fall is the improvement. */
@Entity
@Table(name = "indicators")
public class Indicator {
    @Id
    public UUID id;

    @Column(name = "service_id", nullable = false)
    public UUID serviceId;

    public String name;
    public String unit;

    @Enumerated(EnumType.STRING)
    public Better better;

    public String description;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Version
    public long version;
}

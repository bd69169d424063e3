package org.coproduce.catalogue;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;

/** A public service: the record that every idea, task, rating and outcome belongs to. */
@Entity
@Table(name = "services")
public class PublicService {
    @Id
    public UUID id;

    @Column(name = "organisation_id", nullable = false)
    public UUID organisationId;

    @Column(nullable = false, unique = true)
    public String slug;

    @Column(nullable = false)
    public String name;

    @Column(nullable = false)
    public String summary;

    public String description;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ServiceCategory category;

    @Column(name = "area_served", nullable = false)
    public String areaServed;

    @Column(name = "contact_email")
    public String contactEmail;

    @Column(name = "contact_phone")
    public String contactPhone;

    @Column(name = "contact_website")
    public String contactWebsite;

    @Column(nullable = false)
    public boolean active;

    @Column(name = "archived_at")
    public Instant archivedAt;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @Version
    public long version;

    public boolean isArchived() {
        return archivedAt != null;
    }

    /** Archiving hides the service everywhere; it is kept because activities refer to it. */
    public void archive(Instant at) {
        archivedAt = at;
        updatedAt = at;
    }
}

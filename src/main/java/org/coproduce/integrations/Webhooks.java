package org.coproduce.integrations;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.coproduce.accounts.People;
import org.coproduce.shared.api.Cursors;
import org.coproduce.shared.api.ETags;
import org.coproduce.shared.api.KeysetPage;
import org.coproduce.shared.api.ProblemException;
import org.coproduce.shared.audit.AuditLog;
import org.coproduce.shared.events.EventType;
import org.coproduce.shared.security.CurrentIdentity;

/** An organisation's webhooks: subscribe, change, remove, read the delivery history, redeliver. */
@ApplicationScoped
public class Webhooks {
    private final EntityManager db;
    private final WebhookAccess access;
    private final TargetAddresses targets;
    private final CurrentIdentity identity;
    private final People people;
    private final AuditLog audit;
    private final Clock clock;

    Webhooks(
            EntityManager db,
            WebhookAccess access,
            TargetAddresses targets,
            CurrentIdentity identity,
            People people,
            AuditLog audit,
            Clock clock) {
        this.db = db;
        this.access = access;
        this.targets = targets;
        this.identity = identity;
        this.people = people;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public WebhookList list() {
        List<UUID> organisations = access.visibleOrganisations();
        List<WebhookSubscription> found = organisations == null
                ? db.createQuery("from WebhookSubscription order by createdAt, id", WebhookSubscription.class)
                        .getResultList()
                : organisations.isEmpty()
                        ? List.of()
                        : db.createQuery(
                                        "from WebhookSubscription where organisationId in :ids order by createdAt, id",
                                        WebhookSubscription.class)
                                .setParameter("ids", organisations)
                                .getResultList();
        return new WebhookList(found.stream().map(s -> view(s, false)).toList());
    }

    @Transactional
    public WebhookView create(WebhookInput input) {
        UUID organisationId = access.organisationForNew(input.organisationId());
        WebhookSubscription webhook = new WebhookSubscription();
        webhook.id = UUID.randomUUID();
        webhook.organisationId = organisationId;
        webhook.secret = WebhookSignatures.newSecret();
        webhook.createdBy = identity.clientId().orElseGet(identity::subject);
        webhook.createdAt = clock.instant();
        apply(input, webhook);
        db.persist(webhook);
        record("webhook.created", webhook, webhook.url + " for " + String.join(", ", webhook.events));
        return view(webhook, true);
    }

    @Transactional
    public WebhookView get(UUID id) {
        return view(managed(id), false);
    }

    @Transactional
    public WebhookView update(UUID id, String ifMatch, WebhookInput input) {
        WebhookSubscription webhook = managed(id);
        ETags.requireMatch(ifMatch, webhook.version);
        if (input.organisationId() != null && !input.organisationId().equals(webhook.organisationId)) {
            throw ProblemException.invalidField("organisationId", "cannot change");
        }
        apply(input, webhook);
        record("webhook.changed", webhook, webhook.url + (webhook.active ? " on" : " off"));
        db.flush();
        return view(webhook, false);
    }

    @Transactional
    public void delete(UUID id) {
        WebhookSubscription webhook = managed(id);
        record("webhook.deleted", webhook, webhook.url);
        db.remove(webhook);
    }

    @Transactional
    public DeliveryPage deliveries(UUID id, String cursor, int limit) {
        managed(id);
        StringBuilder sql = new StringBuilder("""
                SELECT d.id, e.type, e.occurred_at, e.payload, d.status, d.attempts, d.next_attempt_at, d.created_at
                FROM webhook_deliveries d JOIN webhook_events e ON e.id = d.event_id
                WHERE d.subscription_id = ?1
                """);
        Cursors.InstantAndId after = cursor == null ? null : Cursors.instantAndId(cursor);
        if (after != null) {
            sql.append(" AND (d.created_at < ?2 OR (d.created_at = ?2 AND d.id < ?3))");
        }
        sql.append(" ORDER BY d.created_at DESC, d.id DESC LIMIT ").append(limit + 1);
        var query = db.createNativeQuery(sql.toString()).setParameter(1, id);
        if (after != null) {
            query.setParameter(2, after.at()).setParameter(3, after.id());
        }
        List<Object[]> rows = new ArrayList<>();
        for (Object row : query.getResultList()) {
            rows.add((Object[]) row);
        }
        KeysetPage<Object[]> page =
                KeysetPage.of(rows, limit, c -> List.of(instant(c[7]).toString(), c[0].toString()));
        Map<UUID, List<DeliveryView.Attempt>> history =
                attempts(page.rows().stream().map(c -> (UUID) c[0]).toList());
        return new DeliveryPage(
                page.rows().stream()
                        .map(c -> new DeliveryView(
                                (UUID) c[0],
                                (String) c[1],
                                instant(c[2]),
                                (String) c[3],
                                (String) c[4],
                                ((Number) c[5]).intValue(),
                                c[6] == null ? null : instant(c[6]),
                                history.getOrDefault((UUID) c[0], List.of())))
                        .toList(),
                page.nextCursor());
    }

    /** Sends a delivery again now, with a new 24 hours of retries. */
    @Transactional
    public void redeliver(UUID id, UUID deliveryId) {
        WebhookSubscription webhook = managed(id);
        if (!webhook.active) {
            throw ProblemException.conflict("The webhook is off; turn it on first.");
        }
        Instant now = clock.instant();
        int updated = db.createNativeQuery("""
                        UPDATE webhook_deliveries SET status = 'PENDING', next_attempt_at = ?3, retrying_since = ?3,
                            leased_until = NULL
                        WHERE id = ?2 AND subscription_id = ?1 AND status <> 'PENDING'
                        """)
                .setParameter(1, id)
                .setParameter(2, deliveryId)
                .setParameter(3, now)
                .executeUpdate();
        if (updated == 0) {
            boolean exists = !db.createNativeQuery(
                            "SELECT 1 FROM webhook_deliveries WHERE id = ?2 AND subscription_id = ?1")
                    .setParameter(1, id)
                    .setParameter(2, deliveryId)
                    .getResultList()
                    .isEmpty();
            if (!exists) {
                throw ProblemException.notFound("delivery", deliveryId);
            }
            throw ProblemException.conflict("The delivery is already waiting to be sent.");
        }
        record("webhook.redelivered", webhook, "delivery " + deliveryId);
    }

    private Map<UUID, List<DeliveryView.Attempt>> attempts(List<UUID> deliveryIds) {
        Map<UUID, List<DeliveryView.Attempt>> history = new HashMap<>();
        if (deliveryIds.isEmpty()) {
            return history;
        }
        for (Object row : db.createNativeQuery("""
                        SELECT delivery_id, attempted_at, status_code, error, duration_ms FROM webhook_attempts
                        WHERE delivery_id IN (?1) ORDER BY attempted_at, id
                        """).setParameter(1, deliveryIds).getResultList()) {
            Object[] c = (Object[]) row;
            history.computeIfAbsent((UUID) c[0], d -> new ArrayList<>())
                    .add(new DeliveryView.Attempt(
                            instant(c[1]),
                            c[2] == null ? null : ((Number) c[2]).intValue(),
                            (String) c[3],
                            ((Number) c[4]).intValue()));
        }
        return history;
    }

    private WebhookSubscription managed(UUID id) {
        WebhookSubscription webhook = db.find(WebhookSubscription.class, id);
        if (webhook == null) {
            throw ProblemException.notFound("webhook", id);
        }
        access.requireManages(webhook.organisationId);
        return webhook;
    }

    private void apply(WebhookInput input, WebhookSubscription webhook) {
        String url = input.url().strip();
        targets.refusal(url).ifPresent(why -> {
            throw ProblemException.invalidField("url", why);
        });
        LinkedHashSet<String> events = new LinkedHashSet<>();
        for (String event : input.events()) {
            try {
                events.add(EventType.fromWireName(event).wireName());
            } catch (IllegalArgumentException e) {
                throw ProblemException.invalidField("events", "has an unknown event: " + event);
            }
        }
        webhook.url = url;
        webhook.events = events.toArray(String[]::new);
        boolean active = input.active() == null || input.active();
        if (active && !webhook.active) {
            webhook.consecutiveFailures = 0;
            webhook.disabledReason = null;
        }
        webhook.active = active;
        webhook.updatedAt = clock.instant();
    }

    private void record(String action, WebhookSubscription webhook, String summary) {
        UUID actor = identity.isPerson() ? people.me().id() : null;
        String subject = identity.clientId().orElseGet(identity::subject);
        audit.record(
                new AuditLog.Change(actor, subject, action, "webhook", webhook.id, webhook.organisationId, summary));
    }

    private static WebhookView view(WebhookSubscription webhook, boolean withSecret) {
        return new WebhookView(
                webhook.id,
                webhook.organisationId,
                webhook.url,
                Arrays.asList(webhook.events),
                webhook.active,
                webhook.disabledReason,
                webhook.consecutiveFailures,
                withSecret ? webhook.secret : null,
                webhook.createdAt,
                webhook.updatedAt,
                webhook.version);
    }

    private static Instant instant(Object value) {
        if (value instanceof OffsetDateTime offset) {
            return offset.toInstant();
        }
        return value instanceof Timestamp timestamp ? timestamp.toInstant() : (Instant) value;
    }
}

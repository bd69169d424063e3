package org.coproduce.shared.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.function.Supplier;
import org.coproduce.shared.security.SubjectDigests;

/**
 * Makes a create safe to retry: the first answer to an {@code Idempotency-Key} is stored in the
 * same transaction as what it created, and a retry with the same key and body replays it. The
 * key's primary key makes a concurrent retry wait for the first attempt, so nothing is created twice.
 */
@ApplicationScoped
public class Idempotency {
    public static final String HEADER = "Idempotency-Key";
    public static final String REPLAYED_HEADER = "Idempotent-Replayed";

    private final EntityManager db;
    private final ObjectMapper json;

    Idempotency(EntityManager db, ObjectMapper json) {
        this.db = db;
        this.json = json;
    }

    /** Runs {@code create} once per caller and key; without a key it simply runs it. */
    @Transactional
    public Response create(String key, String subject, String path, Object request, Supplier<Response> create) {
        if (key == null) {
            return create.get();
        }
        String caller = SubjectDigests.of(subject);
        if (key.isBlank() || key.length() > 200) {
            throw ProblemException.badRequest("The Idempotency-Key header must be 1 to 200 characters.");
        }
        String hash = hash(request);
        if (claim(caller, key, path, hash)) {
            Response response = create.get();
            remember(caller, key, response);
            return response;
        }
        return replay(caller, key, path, hash);
    }

    private boolean claim(String caller, String key, String path, String hash) {
        // A key older than 24 hours is forgotten: the same key may then start a new request.
        int claimed = db.createNativeQuery("""
                        INSERT INTO idempotency_keys (caller, idempotency_key, request_path, request_hash)
                        VALUES (?1, ?2, ?3, ?4)
                        ON CONFLICT (caller, idempotency_key) DO UPDATE
                            SET request_path = excluded.request_path, request_hash = excluded.request_hash,
                                response_status = NULL, response_body = NULL, response_location = NULL,
                                created_at = now()
                            WHERE idempotency_keys.created_at < now() - interval '24 hours'
                        """)
                .setParameter(1, caller)
                .setParameter(2, key)
                .setParameter(3, path)
                .setParameter(4, hash)
                .executeUpdate();
        return claimed == 1;
    }

    private void remember(String caller, String key, Response response) {
        URI location = response.getLocation();
        db.createNativeQuery("""
                        UPDATE idempotency_keys SET response_status = ?3, response_body = ?4, response_location = ?5
                        WHERE caller = ?1 AND idempotency_key = ?2
                        """)
                .setParameter(1, caller)
                .setParameter(2, key)
                .setParameter(3, response.getStatus())
                .setParameter(4, write(response.getEntity()))
                .setParameter(5, location == null ? null : location.toString())
                .executeUpdate();
    }

    private Response replay(String caller, String key, String path, String hash) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = db.createNativeQuery("""
                        SELECT request_path, request_hash, response_status, response_body, response_location
                        FROM idempotency_keys WHERE caller = ?1 AND idempotency_key = ?2
                        """)
                .setParameter(1, caller)
                .setParameter(2, key)
                .getResultList();
        Object[] row = rows.get(0);
        if (!path.equals(row[0]) || !hash.equals(row[1])) {
            throw new ProblemException(
                    ProblemType.IDEMPOTENCY_KEY_REUSED,
                    "This Idempotency-Key was already used with a different request. Use a new key for a new request.");
        }
        Response.ResponseBuilder replay = Response.status(((Number) row[2]).intValue())
                .type(MediaType.APPLICATION_JSON)
                .entity(row[3])
                .header(REPLAYED_HEADER, "true");
        if (row[4] != null) {
            replay.location(URI.create((String) row[4]));
        }
        return replay.build();
    }

    /** Forgets the answers kept for this subject's requests (they may hold what they wrote). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void forget(String subject) {
        db.createNativeQuery("DELETE FROM idempotency_keys WHERE caller = ?1")
                .setParameter(1, SubjectDigests.of(subject))
                .executeUpdate();
    }

    @Scheduled(every = "1h", delayed = "5m")
    @Transactional
    void forgetExpiredKeys() {
        db.createNativeQuery("DELETE FROM idempotency_keys WHERE created_at < now() - interval '24 hours'")
                .executeUpdate();
    }

    private String hash(Object request) {
        try {
            byte[] digest =
                    MessageDigest.getInstance("SHA-256").digest(write(request).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(
                    "Could not serialise " + value.getClass().getSimpleName(), e);
        }
    }
}

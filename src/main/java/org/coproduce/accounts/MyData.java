package org.coproduce.accounts;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.coproduce.shared.privacy.JsonRows;
import org.coproduce.shared.privacy.PersonalData;

/** "Download my data": one document with everything Coproduce holds about the signed-in person. */
@ApplicationScoped
public class MyData {
    private final EntityManager db;
    private final People people;
    private final Declarations declarations;
    private final JsonRows rows;
    private final Instance<PersonalData> features;
    private final Clock clock;

    MyData(
            EntityManager db,
            People people,
            Declarations declarations,
            JsonRows rows,
            Instance<PersonalData> features,
            Clock clock) {
        this.db = db;
        this.people = people;
        this.declarations = declarations;
        this.rows = rows;
        this.features = features;
        this.clock = clock;
    }

    @Transactional
    public Map<String, Object> export() {
        UUID me = people.me().id();
        Person person = db.find(Person.class, me);
        ProfileView profile = declarations.mine();
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("exportedAt", Instant.now(clock));
        document.put(
                "about",
                "Everything Coproduce holds about you. Ids link records to each other and to the public pages"
                        + " of services and ideas.");
        Map<String, Object> account = new LinkedHashMap<>();
        account.put("id", person.id);
        account.put("displayName", person.displayName);
        account.put("displayNameChosen", person.displayNameChosen);
        account.put("email", person.email);
        account.put("language", person.language);
        account.put("signInSubject", person.subject);
        account.put("createdAt", person.createdAt);
        account.put("updatedAt", person.updatedAt);
        document.put("account", account);
        Map<String, Object> declared = new LinkedHashMap<>();
        declared.put("area", profile.area());
        declared.put("answers", profile.answers());
        document.put("profile", declared);
        document.put(
                "notificationSettings",
                Map.of(
                        "emailFrequency",
                        person.emailFrequency,
                        "byKind",
                        rows.of(
                                "SELECT kind, frequency FROM notification_preferences WHERE person_id = ?1 ORDER BY kind",
                                me)));
        document.put("notifications", rows.of("""
                        SELECT id, kind, title, detail, link, created_at AS "createdAt", read_at AS "readAt",
                               emailed_at AS "emailedAt"
                        FROM notifications WHERE recipient_id = ?1 ORDER BY created_at, id""", me));
        Map<String, JsonNode> parts = new TreeMap<>();
        for (PersonalData feature : features) {
            parts.putAll(feature.export(me));
        }
        document.putAll(parts);
        return document;
    }
}

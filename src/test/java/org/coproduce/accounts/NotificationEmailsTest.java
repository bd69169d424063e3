package org.coproduce.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.mailer.Mail;
import io.quarkus.mailer.MockMailbox;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.coproduce.testing.Api;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class NotificationEmailsTest {
    @Inject
    NotificationEmails emails;

    @Inject
    Notifications notifications;

    @Inject
    MockMailbox mailbox;

    @BeforeEach
    void emptyMailbox() {
        mailbox.clear();
    }

    private static String ideaBy(String user, String title) {
        String service = Api.anonymous()
                .get("/api/v1/services/bulky-waste")
                .then()
                .extract()
                .path("id");
        return Api.as(user)
                .body(Map.of("serviceId", service, "title", title, "body", "Please consider it.", "tags", List.of()))
                .post("/api/v1/ideas")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    private static void comment(String user, String idea, String text) {
        Api.as(user)
                .body(Map.of("body", text))
                .post("/api/v1/ideas/" + idea + "/comments")
                .then()
                .statusCode(201);
    }

    private static void choose(String user, String frequency) {
        Api.as(user)
                .body(Map.of("emailFrequency", frequency))
                .put("/api/v1/me/notification-settings")
                .then()
                .statusCode(200);
    }

    /** Chooses Welsh in "Your account" (the name stays the one from the sign-in). */
    private static void speaksWelsh(String user) {
        Api.as(user)
                .body(Map.of("language", "cy"))
                .put("/api/v1/me/account")
                .then()
                .statusCode(200);
    }

    private List<Mail> mailTo(String user) {
        return mailbox.getMailsSentTo(user + "@example.com");
    }

    @Test
    void theDailyDigestIsTheDefaultAndGathersWhatIsUnread() {
        Api.as("lena").get("/api/v1/me/notification-settings").then().statusCode(200);
        String idea = ideaBy("lena", "Ranger-led night walks");
        comment("milo", idea, "I would bring my kids");
        comment("nils", idea, "Yes please, in autumn");

        assertThat(emails.sendImmediate()).isGreaterThanOrEqualTo(0);
        assertThat(mailTo("lena")).isEmpty();

        emails.sendDigests();
        assertThat(mailTo("lena")).hasSize(1);
        Mail digest = mailTo("lena").get(0);
        assertThat(digest.getSubject()).isEqualTo("Coproduce: 2 updates for you");
        assertThat(digest.getText())
                .contains("Ranger-led night walks")
                .contains("I would bring my kids")
                .contains("http://localhost:8080/ideas/" + idea)
                .contains("http://localhost:8080/notifications");

        emails.sendDigests();
        assertThat(mailTo("lena")).hasSize(1);
    }

    @Test
    void whatWasReadInThePortalIsNotEmailedInTheDigest() {
        String idea = ideaBy("olle", "Ranger talks at the visitor centre");
        comment("milo", idea, "Great idea");
        Api.as("olle").post("/api/v1/me/notifications/read-all").then().statusCode(204);

        emails.sendDigests();
        assertThat(mailTo("olle")).isEmpty();
    }

    @Test
    void immediateSendsEachNotificationOnceAndNoneSendsNothing() {
        choose("petra", "IMMEDIATE");
        choose("quentin", "NONE");
        String petrasIdea = ideaBy("petra", "Bat boxes along the river");
        String quentinsIdea = ideaBy("quentin", "A ranger for the north woods");
        comment("milo", petrasIdea, "The bats will thank you");
        comment("milo", quentinsIdea, "Needed!");

        emails.sendImmediate();
        assertThat(mailTo("petra")).hasSize(1);
        Mail mail = mailTo("petra").get(0);
        assertThat(mail.getSubject()).isEqualTo("Coproduce: Bat boxes along the river");
        assertThat(mail.getText()).contains("The bats will thank you").contains("/ideas/" + petrasIdea);

        emails.sendImmediate();
        emails.sendDigests();
        assertThat(mailTo("petra")).hasSize(1);
        assertThat(mailTo("quentin")).isEmpty();
    }

    @Test
    void severalSendersAtOnceEmailEachNotificationExactlyOnce() throws Exception {
        // Other tests leave urgent notifications (shift changes) waiting: send them first, so only rosa's are counted.
        emails.sendImmediate();
        choose("rosa", "IMMEDIATE");
        UUID rosa = UUID.fromString(
                Api.as("rosa").get("/api/v1/me").then().extract().path("id"));
        for (int i = 0; i < 150; i++) {
            Notifications.Message message = new Notifications.Message(
                    NotificationKind.IDEA_COMMENTED, UUID.randomUUID(), "Update " + i, "Detail " + i, "/ideas/x" + i);
            QuarkusTransaction.requiringNew().run(() -> notifications.notify(List.of(rosa), message));
        }

        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Callable<Integer>> senders = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                senders.add(emails::sendImmediate);
            }
            int reported = 0;
            for (Future<Integer> sent : pool.invokeAll(senders)) {
                reported += sent.get();
            }
            assertThat(reported).isEqualTo(150);
        } finally {
            pool.shutdown();
        }
        List<Mail> sent = mailTo("rosa");
        assertThat(sent).hasSize(150);
        assertThat(sent.stream().map(Mail::getSubject).distinct()).hasSize(150);
    }

    @Test
    void aPlaceComingFreeIsEmailedAtOnceEvenToDigestReaders() throws Exception {
        UUID tara = UUID.fromString(
                Api.as("tara").get("/api/v1/me").then().extract().path("id"));
        UUID ugo =
                UUID.fromString(Api.as("ugo").get("/api/v1/me").then().extract().path("id"));
        choose("ugo", "NONE");
        for (UUID person : List.of(tara, ugo)) {
            QuarkusTransaction.requiringNew()
                    .run(() -> notifications.notify(
                            List.of(person),
                            new Notifications.Message(
                                    NotificationKind.SIGNUP_PROMOTED,
                                    UUID.randomUUID(),
                                    "Weeding day, Saturday",
                                    "A place came free: you are now confirmed.",
                                    "/my-shifts")));
        }
        emails.sendImmediate();
        assertThat(mailTo("tara")).hasSize(1);
        assertThat(mailTo("tara").get(0).getText()).contains("you are now confirmed");
        assertThat(mailTo("ugo")).isEmpty();
    }

    @Test
    void statusChangesAreSpelledOutInEmails() {
        choose("vic", "IMMEDIATE");
        String idea = ideaBy("vic", "Longer opening at the tip");
        putUnderReview(idea);
        emails.sendImmediate();
        assertThat(mailTo("vic").get(0).getText())
                .contains("New status: under review. We are costing it")
                .doesNotContain("UNDER_REVIEW");
    }

    @Test
    void someoneWhoChoseWelshIsEmailedInWelsh() {
        String user = "gwen" + UUID.randomUUID().toString().substring(0, 6);
        speaksWelsh(user);
        choose(user, "IMMEDIATE");
        String idea = ideaBy(user, "Mwy o feinciau wrth y llyn");
        putUnderReview(idea);

        emails.sendImmediate();
        assertThat(mailTo(user)).hasSize(1);
        Mail mail = mailTo(user).get(0);
        // The idea's title and the staff's answer are as their authors wrote them; the rest is Welsh.
        assertThat(mail.getSubject()).isEqualTo("Coproduce: Mwy o feinciau wrth y llyn");
        assertThat(mail.getText())
                .contains("Statws newydd: wrthi'n cael ei adolygu. We are costing it")
                .contains("Gweld hyn ar Coproduce: http://localhost:8080/ideas/" + idea)
                .contains("Rydych chi'n cael e-bost am bob diweddariad.")
                .contains("ewch i http://localhost:8080/notifications")
                .doesNotContain("New status")
                .doesNotContain("To change how often");
    }

    @Test
    void aWelshDigestCountsItsUpdatesInWelsh() {
        String user = "dafydd" + UUID.randomUUID().toString().substring(0, 6);
        speaksWelsh(user);
        String idea = ideaBy(user, "Llwybr beicio at yr ysgol");
        comment("milo", idea, "Syniad da");
        comment("nils", idea, "Byddai fy mhlant yn ei ddefnyddio");

        emails.sendDigests();
        assertThat(mailTo(user)).hasSize(1);
        Mail digest = mailTo(user).get(0);
        assertThat(digest.getSubject()).isEqualTo("Coproduce: 2 diweddariad i chi");
        assertThat(digest.getText())
                .startsWith("Beth sydd wedi digwydd ers eich e-bost diwethaf:")
                .contains("Syniad da")
                .contains("Rydych chi'n cael un e-bost y dydd gyda'r diweddariadau nad ydych chi wedi'u darllen eto.")
                .doesNotContain("updates for you");
    }

    @Test
    void settingsAcceptOnlyTheThreeChoices() {
        Api.as("sara")
                .body(Map.of("emailFrequency", "HOURLY"))
                .put("/api/v1/me/notification-settings")
                .then()
                .statusCode(400)
                .contentType("application/problem+json");
        Api.as("sara")
                .get("/api/v1/me/notification-settings")
                .then()
                .statusCode(200)
                .body("emailFrequency", org.hamcrest.Matchers.is("DAILY_DIGEST"));
        Api.anonymous().get("/api/v1/me/notification-settings").then().statusCode(401);
    }

    /** Staff of the idea's service answer it: under review, "We are costing it". */
    private static void putUnderReview(String idea) {
        Api.as("olga")
                .body(Map.of("status", "UNDER_REVIEW", "answer", "We are costing it"))
                .post("/api/v1/ideas/" + idea + "/status")
                .then()
                .statusCode(200);
    }
}

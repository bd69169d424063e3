package org.coproduce.integrations;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import org.junit.jupiter.api.Test;

/** Signatures against the Standard Webhooks specification's published test vector; the address guard. */
class WebhookSignaturesTest {

    @Test
    void theSpecificationsTestVectorSignsTheSame() {
        assertThat(WebhookSignatures.sign(
                        "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw",
                        "msg_p5jXN8AQM9LWM0D4loKWxJek",
                        1614265330,
                        "{\"test\": 2432232314}"))
                .isEqualTo("v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=");
    }

    @Test
    void newSecretsAreStandardWebhooksSecrets() {
        String secret = WebhookSignatures.newSecret();
        assertThat(secret).startsWith("whsec_").isNotEqualTo(WebhookSignatures.newSecret());
        assertThat(java.util.Base64.getDecoder().decode(secret.substring(6))).hasSize(32);
    }

    @Test
    void privateLoopbackAndLinkLocalAddressesAreNotPublic() throws Exception {
        for (String address : new String[] {
            "127.0.0.1",
            "10.1.2.3",
            "172.16.0.1",
            "192.168.1.1",
            "169.254.169.254",
            "100.64.0.1",
            "0.0.0.0",
            "::1",
            "fc00::1",
            "fe80::1",
            "::ffff:10.0.0.1"
        }) {
            assertThat(TargetAddresses.isPublic(InetAddress.getByName(address)))
                    .as(address)
                    .isFalse();
        }
        assertThat(TargetAddresses.isPublic(InetAddress.getByName("93.184.216.34")))
                .isTrue();
        assertThat(TargetAddresses.isPublic(InetAddress.getByName("2606:2800:220:1::1")))
                .isTrue();
    }

    @Test
    void outsideDevModeTargetsMustBeHttpsAndPublic() {
        TargetAddresses strict = new TargetAddresses(false);
        assertThat(strict.refusal("http://crm.example.org/hook")).contains("must use https");
        assertThat(strict.refusal("https://127.0.0.1/hook"))
                .contains("resolves to a private, loopback or link-local address");
        assertThat(strict.refusal("https://localhost/hook"))
                .contains("resolves to a private, loopback or link-local address");
        assertThat(strict.refusal("https://user:pw@93.184.216.34/hook")).isPresent();
        assertThat(strict.refusal("https://93.184.216.34/hook")).isEmpty();
        assertThat(strict.refusal("not a url")).isPresent();
        assertThat(new TargetAddresses(true).refusal("http://127.0.0.1:9/hook")).isEmpty();
    }
}

package org.coproduce.integrations;

import jakarta.enterprise.context.ApplicationScoped;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Keeps webhooks from reaching inside our own network (server-side request forgery): outside dev
 * mode a target must be https and every address its host resolves to must be public. Checked when
 * a subscription is saved and again before every attempt, since DNS can change in between.
 */
@ApplicationScoped
class TargetAddresses {
    private final boolean allowPrivate;

    TargetAddresses(@ConfigProperty(name = "coproduce.webhooks.allow-private-targets") boolean allowPrivate) {
        this.allowPrivate = allowPrivate;
    }

    /** Why the URL may not be a webhook target, or empty when it may. */
    Optional<String> refusal(String url) {
        URI uri;
        try {
            uri = URI.create(url);
        } catch (IllegalArgumentException e) {
            return Optional.of("is not a URL");
        }
        if (uri.getHost() == null || uri.getScheme() == null || uri.getUserInfo() != null) {
            return Optional.of("must be an absolute http(s) URL without credentials");
        }
        String scheme = uri.getScheme().toLowerCase(java.util.Locale.ROOT);
        if (allowPrivate ? !scheme.equals("https") && !scheme.equals("http") : !scheme.equals("https")) {
            return Optional.of("must use https");
        }
        if (allowPrivate) {
            return Optional.empty();
        }
        InetAddress[] addresses;
        try {
            addresses = InetAddress.getAllByName(uri.getHost());
        } catch (UnknownHostException e) {
            return Optional.of("names a host that does not resolve");
        }
        for (InetAddress address : addresses) {
            if (!isPublic(address)) {
                return Optional.of("resolves to a private, loopback or link-local address");
            }
        }
        return Optional.empty();
    }

    static boolean isPublic(InetAddress address) {
        if (address.isAnyLocalAddress()
                || address.isLoopbackAddress()
                || address.isLinkLocalAddress()
                || address.isSiteLocalAddress()
                || address.isMulticastAddress()) {
            return false;
        }
        byte[] b = address.getAddress();
        if (address instanceof Inet6Address) {
            // Unique local addresses fc00::/7, and IPv4-mapped addresses judged as IPv4.
            if ((b[0] & 0xfe) == 0xfc) {
                return false;
            }
            boolean mapped = true;
            for (int i = 0; i < 10; i++) {
                mapped &= b[i] == 0;
            }
            if (mapped && (b[10] & 0xff) == 0xff && (b[11] & 0xff) == 0xff) {
                try {
                    return isPublic(InetAddress.getByAddress(java.util.Arrays.copyOfRange(b, 12, 16)));
                } catch (UnknownHostException e) {
                    return false;
                }
            }
            return true;
        }
        int first = b[0] & 0xff;
        int second = b[1] & 0xff;
        // 0.0.0.0/8, shared address space 100.64.0.0/10, and 192.0.0.0/24 are not on the internet either.
        return first != 0
                && !(first == 100 && second >= 64 && second < 128)
                && !(first == 192 && second == 0 && (b[2] & 0xff) == 0);
    }
}

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Load that needs many signed-in people, which wrk cannot give: run with {@code java bench/Load.java}
 * (a single-file program; the JDK is all it needs). People sign in with tokens signed here by the
 * test key the benchmark application trusts (src/test/resources/token-attacks/).
 *
 * <pre>
 * java bench/Load.java people  URL PREFIX COUNT             # makes COUNT accounts (GET /api/v1/me)
 * java bench/Load.java burst   URL SHIFT_ID PREFIX COUNT MS  # COUNT sign-ups spread evenly over MS
 * java bench/Load.java writes  URL SECONDS THREADS PEOPLE IDEAS SERVICE_IDS...  # mixed writes
 * </pre>
 */
public class Load {
    private static final String ISSUER = "https://id.coproduce.test/realms/coproduce";
    private static final HttpClient HTTP = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10))
            .executor(Executors.newFixedThreadPool(8))
            .build();
    private static PrivateKey key;

    public static void main(String[] args) throws Exception {
        key = privateKey(Path.of("src/test/resources/token-attacks/trusted-private.pem"));
        switch (args[0]) {
            case "people" -> people(args[1], args[2], Integer.parseInt(args[3]));
            case "burst" -> burst(args[1], args[2], args[3], Integer.parseInt(args[4]), Integer.parseInt(args[5]));
            case "writes" -> writes(args);
            default -> throw new IllegalArgumentException("people, burst or writes");
        }
        System.exit(0);
    }

    /** Makes the accounts first, as a city's volunteers have them before a sign-up opens. */
    static void people(String url, String prefix, int count) throws Exception {
        List<CompletableFuture<HttpResponse<String>>> calls = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            calls.add(send(HttpRequest.newBuilder(URI.create(url + "/api/v1/me"))
                    .header("Authorization", "Bearer " + token(prefix + i))
                    .GET()));
            if (calls.size() == 50) {
                for (var call : calls) call.join();
                calls.clear();
            }
        }
        for (var call : calls) call.join();
    }

    /** COUNT different people sign up for one shift, their requests spread evenly over MS. */
    static void burst(String url, String shift, String prefix, int count, int millis) throws Exception {
        List<String> tokens = new ArrayList<>();
        for (int i = 0; i < count; i++) tokens.add(token(prefix + i));
        URI uri = URI.create(url + "/api/v1/shifts/" + shift + "/signups");
        long[] latencyNanos = new long[count];
        int[] statuses = new int[count];
        long[] finishedAt = new long[count];
        var scheduler = Executors.newScheduledThreadPool(2);
        long start = System.nanoTime() + 50_000_000;
        List<CompletableFuture<Void>> done = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            final int n = i;
            long due = start + (long) i * millis * 1_000_000L / count;
            CompletableFuture<Void> one = new CompletableFuture<>();
            done.add(one);
            scheduler.schedule(
                    () -> send(HttpRequest.newBuilder(uri)
                                    .header("Authorization", "Bearer " + tokens.get(n))
                                    .header("Content-Type", "application/json")
                                    .POST(HttpRequest.BodyPublishers.ofString("{}")))
                            .whenComplete((response, failure) -> {
                                finishedAt[n] = System.nanoTime();
                                latencyNanos[n] = finishedAt[n] - due;
                                statuses[n] = failure == null ? response.statusCode() : -1;
                                one.complete(null);
                            }),
                    due - System.nanoTime(),
                    TimeUnit.NANOSECONDS);
        }
        CompletableFuture.allOf(done.toArray(CompletableFuture[]::new)).get(120, TimeUnit.SECONDS);
        scheduler.shutdown();
        long last = 0;
        for (long f : finishedAt) last = Math.max(last, f);
        Map<Integer, Integer> byStatus = new TreeMap<>();
        for (int s : statuses) byStatus.merge(s, 1, Integer::sum);
        double seconds = (last - start) / 1e9;
        System.out.printf(
                "burst: %d sign-ups sent over %d ms, all answered in %.3f s: %.0f sign-ups/s; latency p50 %.1f ms,"
                        + " p99 %.1f ms, max %.1f ms; statuses %s%n",
                count,
                millis,
                seconds,
                count / seconds,
                percentile(latencyNanos, 0.50),
                percentile(latencyNanos, 0.99),
                percentile(latencyNanos, 1.0),
                byStatus);
    }

    /**
     * Mixed writes for SECONDS by THREADS closed-loop writers: 30% proposals, 40% supports and 20%
     * comments by the generated people (bench-1 to bench-PEOPLE) on generated ideas, and 10%
     * ratings by people new to this run (one each, as a person rates a service once a window).
     */
    static void writes(String[] args) throws Exception {
        String url = args[1];
        int seconds = Integer.parseInt(args[2]);
        int threads = Integer.parseInt(args[3]);
        int people = Integer.parseInt(args[4]);
        int ideas = Integer.parseInt(args[5]);
        List<String> services = List.of(args).subList(6, args.length);
        String run = Long.toString(System.currentTimeMillis(), 36);
        AtomicInteger raters = new AtomicInteger();
        ConcurrentLinkedQueue<Long> latencies = new ConcurrentLinkedQueue<>();
        Map<String, AtomicInteger> counts = new ConcurrentHashMap<>();
        Map<String, String> firstError = new ConcurrentHashMap<>();
        AtomicLong errors = new AtomicLong();
        AtomicLong refused = new AtomicLong();
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        for (int t = 0; t < threads; t++) {
            pool.submit(() -> {
                ThreadLocalRandom random = ThreadLocalRandom.current();
                while (System.nanoTime() < end) {
                    double pick = random.nextDouble();
                    String person = "bench-" + (1 + random.nextInt(people));
                    String idea = uuid("b1000000", 1 + random.nextInt(ideas));
                    String service = services.get(random.nextInt(services.size()));
                    String kind;
                    HttpRequest.Builder request;
                    if (pick < 0.30) {
                        kind = "idea";
                        request = post(url + "/api/v1/ideas", person, "{\"serviceId\":\"" + service
                                + "\",\"title\":\"Benchmark idea " + random.nextInt(1_000_000)
                                + "\",\"body\":\"Generated by the writes benchmark.\"}");
                    } else if (pick < 0.70) {
                        kind = "support";
                        request = post(url + "/api/v1/ideas/" + idea + "/supports", person, "");
                    } else if (pick < 0.90) {
                        kind = "comment";
                        request = post(url + "/api/v1/ideas/" + idea + "/comments", person,
                                "{\"body\":\"A comment from the writes benchmark.\"}");
                    } else {
                        kind = "rating";
                        request = post(url + "/api/v1/services/" + service + "/ratings",
                                "rater-" + run + "-" + raters.incrementAndGet(),
                                "{\"overall\":" + (1 + random.nextInt(5)) + "}");
                    }
                    long sent = System.nanoTime();
                    try {
                        HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
                        latencies.add(System.nanoTime() - sent);
                        counts.computeIfAbsent(kind, k -> new AtomicInteger()).incrementAndGet();
                        // Supporting an idea you already support is fine (200); its author cannot (409),
                        // and nobody can support or comment on a withdrawn idea (404, 2% of the ideas).
                        boolean ownIdea = kind.equals("support") && response.statusCode() == 409;
                        boolean withdrawn = !kind.equals("idea") && !kind.equals("rating")
                                && response.statusCode() == 404 && response.body().contains("There is no idea");
                        if (withdrawn || ownIdea) {
                            refused.incrementAndGet();
                        } else if (response.statusCode() >= 300) {
                            errors.incrementAndGet();
                            firstError.putIfAbsent(kind + " " + response.statusCode(), response.body());
                        }
                    } catch (Exception e) {
                        errors.incrementAndGet();
                        firstError.putIfAbsent(kind + " " + e.getClass().getSimpleName(), String.valueOf(e.getMessage()));
                    }
                }
                return null;
            });
        }
        pool.shutdown();
        pool.awaitTermination(seconds + 60L, TimeUnit.SECONDS);
        long[] all = latencies.stream().mapToLong(Long::longValue).toArray();
        System.out.printf(
                "writes: %d in %d s with %d writers: %.0f writes/s; latency p50 %.1f ms, p99 %.1f ms; %s;"
                        + " refused as they should be (withdrawn or own idea) %d; errors %d%n",
                all.length, seconds, threads, all.length / (double) seconds, percentile(all, 0.5),
                percentile(all, 0.99), new TreeMap<>(counts), refused.get(), errors.get());
        firstError.forEach((what, body) -> System.out.println("  first error " + what + ": " + body));
    }

    static HttpRequest.Builder post(String url, String person, String json) {
        return HttpRequest.newBuilder(URI.create(url))
                .timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + token(person))
                .header("Content-Type", "application/json")
                .POST(json.isEmpty() ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
    }

    static CompletableFuture<HttpResponse<String>> send(HttpRequest.Builder request) {
        return HTTP.sendAsync(request.timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** The uuid bench/generate.sql gives row n of a table. */
    static String uuid(String prefix, long n) {
        return prefix + "-0000-4000-8000-" + String.format("%012x", n);
    }

    static double percentile(long[] nanos, double p) {
        if (nanos.length == 0) return Double.NaN;
        long[] sorted = nanos.clone();
        java.util.Arrays.sort(sorted);
        int index = (int) Math.ceil(p * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))] / 1e6;
    }

    static final Map<String, String> TOKENS = new ConcurrentHashMap<>();

    /** A token for this person, as the identity provider would issue it (cached: signing costs). */
    static String token(String person) {
        return TOKENS.computeIfAbsent(person, p -> {
            long now = System.currentTimeMillis() / 1000;
            String header = base64("{\"alg\":\"RS256\",\"typ\":\"JWT\"}");
            String claims = base64("{\"iss\":\"" + ISSUER + "\",\"aud\":\"coproduce-portal\",\"sub\":\"" + p
                    + "\",\"name\":\"" + p + "\",\"email\":\"" + p + "@bench.example\",\"email_verified\":true,"
                    + "\"realm_access\":{\"roles\":[\"citizen\"]},\"iat\":" + (now - 30) + ",\"exp\":" + (now + 3600)
                    + "}");
            try {
                Signature signature = Signature.getInstance("SHA256withRSA");
                signature.initSign(key);
                signature.update((header + "." + claims).getBytes(StandardCharsets.US_ASCII));
                return header + "." + claims + "."
                        + Base64.getUrlEncoder().withoutPadding().encodeToString(signature.sign());
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
    }

    static String base64(String json) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(json.getBytes(StandardCharsets.UTF_8));
    }

    static PrivateKey privateKey(Path pem) throws Exception {
        String body = Files.readString(pem).replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
        return KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(body)));
    }
}

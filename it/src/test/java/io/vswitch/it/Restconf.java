package io.vswitch.it;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.concurrent.TimeUnit;

/**
 * A plain HTTP client for RESTCONF (RFC 8040) on the controller under test.
 */
final class Restconf {
    static final String BASE = "http://127.0.0.1:8181/rests";
    static final String NODES = BASE + "/data/vswitch-node:nodes";

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String authorization;

    private Restconf(final String authorization) {
        this.authorization = authorization;
    }

    static Restconf admin() {
        return withCredentials("admin", "admin");
    }

    static Restconf withCredentials(final String user, final String password) {
        return new Restconf("Basic " + Base64.getEncoder()
            .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)));
    }

    static Restconf anonymous() {
        return new Restconf(null);
    }

    HttpResponse<String> get(final String url) throws IOException, InterruptedException {
        return send(request(url).GET());
    }

    HttpResponse<String> put(final String url, final String json) throws IOException, InterruptedException {
        return send(request(url).PUT(HttpRequest.BodyPublishers.ofString(json))
            .header("Content-Type", "application/yang-data+json"));
    }

    /** A plain merge PATCH (RFC 8040 section 4.6.1). */
    HttpResponse<String> patch(final String url, final String json) throws IOException, InterruptedException {
        return send(request(url).method("PATCH", HttpRequest.BodyPublishers.ofString(json))
            .header("Content-Type", "application/yang-data+json"));
    }

    /** Invokes an RPC (POST on /operations). */
    HttpResponse<String> post(final String url, final String json) throws IOException, InterruptedException {
        return send(request(url).POST(HttpRequest.BodyPublishers.ofString(json))
            .header("Content-Type", "application/yang-data+json"));
    }

    HttpResponse<String> delete(final String url) throws IOException, InterruptedException {
        return send(request(url).DELETE());
    }

    /**
     * Waits until RESTCONF answers an authenticated read of our tree (200, or 409 while it is empty).
     *
     * @return how long it took
     */
    Duration awaitReady(final Duration timeout) throws InterruptedException {
        final Instant start = Instant.now();
        final Instant deadline = start.plus(timeout);
        String last = "no answer";
        while (Instant.now().isBefore(deadline)) {
            try {
                final int status = get(NODES).statusCode();
                if (status == 200 || status == 409) {
                    return Duration.between(start, Instant.now());
                }
                last = "HTTP " + status;
            } catch (IOException e) {
                last = e.toString();
            }
            TimeUnit.MILLISECONDS.sleep(250);
        }
        throw new AssertionError("RESTCONF not ready after " + timeout + ": " + last);
    }

    private HttpRequest.Builder request(final String url) {
        final HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30))
            .header("Accept", "application/yang-data+json");
        return authorization == null ? builder : builder.header("Authorization", authorization);
    }

    private HttpResponse<String> send(final HttpRequest.Builder builder) throws IOException, InterruptedException {
        return http.send(builder.build(), HttpResponse.BodyHandlers.ofString());
    }
}

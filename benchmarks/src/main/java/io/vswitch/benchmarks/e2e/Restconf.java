package io.vswitch.benchmarks.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Optional;

/**
 * A RESTCONF (RFC 8040) client over one keep-alive HTTP/1.1 connection pool; paths are relative to
 * {@code <base>/data/}.
 */
final class Restconf {
    private static final Duration TIMEOUT = Duration.ofMinutes(5);
    private static final String JSON = "application/yang-data+json";
    private static final int OK = 200;
    private static final int NOT_FOUND = 404;
    private static final int CONFLICT = 409;

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
        .connectTimeout(Duration.ofSeconds(5)).build();
    private final ObjectMapper mapper = new ObjectMapper();
    private final String data;
    private final String authorization;

    Restconf(final String base, final String user, final String password) {
        data = base + "/data/";
        authorization = "Basic " + Base64.getEncoder()
            .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    HttpResponse<String> get(final String path) throws IOException, InterruptedException {
        return send(request(path).GET());
    }

    /**
     * Reads JSON data; empty when RESTCONF says there is none (404, or OpenDaylight's 409 data-missing).
     */
    Optional<JsonNode> read(final String path) throws IOException, InterruptedException {
        final HttpResponse<String> response = get(path);
        if (response.statusCode() == NOT_FOUND || response.statusCode() == CONFLICT) {
            return Optional.empty();
        }
        return Optional.of(mapper.readTree(expect(response, OK)));
    }

    /**
     * Reads the single leaf at the path (its JSON text); empty when absent.
     */
    Optional<String> leaf(final String path) throws IOException, InterruptedException {
        return read(path).flatMap(json -> json.size() > 0 ? Optional.of(json.elements().next().asText())
            : Optional.empty());
    }

    HttpResponse<String> put(final String path, final String json) throws IOException, InterruptedException {
        return send(request(path).PUT(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8))
            .header("Content-Type", JSON));
    }

    HttpResponse<String> delete(final String path) throws IOException, InterruptedException {
        return send(request(path).DELETE());
    }

    /**
     * Returns the body when the status is one of the expected ones; throws naming the request otherwise.
     */
    static String expect(final HttpResponse<String> response, final int... expected) throws IOException {
        for (int status : expected) {
            if (response.statusCode() == status) {
                return response.body();
            }
        }
        final String body = response.body();
        throw new IOException(response.request().method() + " " + response.request().uri() + " answered "
            + response.statusCode() + ": " + (body.length() > 2_000 ? body.substring(0, 2_000) + "..." : body));
    }

    private HttpRequest.Builder request(final String path) {
        return HttpRequest.newBuilder(URI.create(data + path)).timeout(TIMEOUT)
            .header("Accept", JSON).header("Authorization", authorization);
    }

    private HttpResponse<String> send(final HttpRequest.Builder builder) throws IOException, InterruptedException {
        return http.send(builder.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }
}

package io.vswitch.northbound.readiness;

import org.eclipse.jdt.annotation.Nullable;

/**
 * An OSGi service the northbound needs before it can serve clients.
 *
 * @param serviceClass the service's object class
 * @param bootstrapBundle the bundle whose restart re-creates the service when its start-up was lost, or null when
 *        the service only waits on other requirements
 * @param description what the service is, for log lines
 */
record Requirement(String serviceClass, @Nullable String bootstrapBundle, String description) {
}

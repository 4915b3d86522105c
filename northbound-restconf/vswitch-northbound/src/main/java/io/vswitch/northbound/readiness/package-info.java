/**
 * Start-up health of the northbound: tells when the controller is ready and recovers AAA components whose
 * start-up notification was lost.
 */
@org.eclipse.jdt.annotation.NonNullByDefault
package io.vswitch.northbound.readiness;

/**
 * Commit validation: one commit cohort on the configured {@code /nodes/node} list runs every feature area's
 * {@link io.vswitch.renderer.odl.spi.ConfigValidator} on each node a commit writes, and refuses the commit, naming
 * each offending path and the reason, before anything is stored.
 */
@NonNullByDefault
package io.vswitch.renderer.odl.validation;

import org.eclipse.jdt.annotation.NonNullByDefault;

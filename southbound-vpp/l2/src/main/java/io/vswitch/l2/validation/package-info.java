/**
 * Commit validation of a node's L2 configuration.
 */
@NonNullByDefault
package io.vswitch.l2.validation;

import org.eclipse.jdt.annotation.NonNullByDefault;

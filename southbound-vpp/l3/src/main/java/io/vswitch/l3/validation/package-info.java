/**
 * Commit validation of the L3 configuration of a node.
 */
@NonNullByDefault
package io.vswitch.l3.validation;

import org.eclipse.jdt.annotation.NonNullByDefault;

/**
 * Commit validation of a node's interfaces: what the YANG model cannot say and VPP would refuse or misbehave on.
 */
@NonNullByDefault
package io.vswitch.interfaces.validation;

import org.eclipse.jdt.annotation.NonNullByDefault;

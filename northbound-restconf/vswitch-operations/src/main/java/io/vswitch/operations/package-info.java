/**
 * The operations RPCs.
 */
@NonNullByDefault
package io.vswitch.operations;

import org.eclipse.jdt.annotation.NonNullByDefault;

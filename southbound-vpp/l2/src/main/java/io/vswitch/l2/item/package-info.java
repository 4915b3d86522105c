/**
 * The values of the L2 area's items: immutable records with value equality.
 */
@NonNullByDefault
package io.vswitch.l2.item;

import org.eclipse.jdt.annotation.NonNullByDefault;

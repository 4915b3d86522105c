/**
 * The values of the L3 area's items: immutable records with value equality, cheap to compare.
 */
@NonNullByDefault
package io.vswitch.l3.item;

import org.eclipse.jdt.annotation.NonNullByDefault;

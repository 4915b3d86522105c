/**
 * The values of the interfaces area's items: immutable records with value equality, as the renderer requires.
 */
@NonNullByDefault
package io.vswitch.interfaces.item;

import org.eclipse.jdt.annotation.NonNullByDefault;

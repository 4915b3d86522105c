/**
 * The interfaces feature area.
 */
@NonNullByDefault
package io.vswitch.interfaces;

import org.eclipse.jdt.annotation.NonNullByDefault;

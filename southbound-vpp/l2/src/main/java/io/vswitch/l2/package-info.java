/**
 * The L2 feature area: item keys and metadata shared with other areas.
 */
@NonNullByDefault
package io.vswitch.l2;

import org.eclipse.jdt.annotation.NonNullByDefault;

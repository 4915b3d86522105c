/**
 * The renderer as the rest of the controller sees it.
 */
@NonNullByDefault
package io.vswitch.renderer.odl;

import org.eclipse.jdt.annotation.NonNullByDefault;

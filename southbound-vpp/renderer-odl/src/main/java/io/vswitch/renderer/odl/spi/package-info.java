/**
 * What a feature area bundle registers (as an OSGi service of type {@link FeatureArea}) to take part in rendering:
 * its descriptors, how its configured list entries become renderer items, and how a commit is validated; and
 * {@link StateRefresher}, the base of the state monitors that keep an area's operational state in step with VPP.
 */
@NonNullByDefault
package io.vswitch.renderer.odl.spi;

import org.eclipse.jdt.annotation.NonNullByDefault;

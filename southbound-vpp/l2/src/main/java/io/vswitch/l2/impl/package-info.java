/**
 * The OSGi glue of the L2 area: its FeatureArea, the mapping from the vswitch-l2 model and the bridge domains'
 * operational twin.
 */
@NonNullByDefault
package io.vswitch.l2.impl;

import org.eclipse.jdt.annotation.NonNullByDefault;

/**
 * The ODL side of the L3 area: the feature area component, its configuration mappings and the operational twin
 * of routes and neighbours.
 */
@NonNullByDefault
package io.vswitch.l3.impl;

import org.eclipse.jdt.annotation.NonNullByDefault;

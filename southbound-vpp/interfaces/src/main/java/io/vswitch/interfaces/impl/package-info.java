/**
 * The OpenDaylight side of the interfaces area: the feature area service (descriptors, the mapping from the
 * {@code vswitch-interfaces} model to items, validators) and the writer of each interface's operational
 * {@code state}.
 */
@NonNullByDefault
package io.vswitch.interfaces.impl;

import org.eclipse.jdt.annotation.NonNullByDefault;

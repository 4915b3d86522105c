package io.vswitch.renderer.odl.impl;

import io.vswitch.renderer.api.ItemState;
import org.eclipse.jdt.annotation.Nullable;

/**
 * The status shown on one configuration entry: the worst state among the items it produced and their derived items.
 *
 * @param state the worst state
 * @param reason for that state, prefixed with the aspect when a derived item is the worst (e.g.
 *        {@code address/10.0.0.1/24: ...})
 * @param vppMessage the VPP message that failed, if any
 * @param vppRetval VPP's return value, if any
 */
record EntryStatus(ItemState state, String reason, @Nullable String vppMessage, @Nullable Integer vppRetval) {
}

/**
 * The renderer's API for its callers (the datastore glue, the console): one
 * {@link io.vswitch.renderer.api.NodeScheduler} per dataplane node, fed with
 * {@link io.vswitch.renderer.api.Transaction}s, reporting {@link io.vswitch.renderer.api.ItemStatus} and keeping a
 * readable transaction log.
 */
@NonNullByDefault
package io.vswitch.renderer.api;

import org.eclipse.jdt.annotation.NonNullByDefault;

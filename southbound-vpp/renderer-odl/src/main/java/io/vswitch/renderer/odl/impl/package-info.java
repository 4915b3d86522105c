/**
 * The glue between the datastore and the renderer core: configuration listener, per-node schedulers, status writer.
 */
@NonNullByDefault
package io.vswitch.renderer.odl.impl;

import org.eclipse.jdt.annotation.NonNullByDefault;

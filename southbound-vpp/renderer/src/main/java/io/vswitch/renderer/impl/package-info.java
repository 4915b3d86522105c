/**
 * The scheduler's implementation: the item graph, the planner and the pipelined plan executor. Not exported.
 */
@NonNullByDefault
package io.vswitch.renderer.impl;

import org.eclipse.jdt.annotation.NonNullByDefault;

/**
 * The VPP nodes: one API connection per configured and enabled node, and its state in the operational datastore.
 */
@org.eclipse.jdt.annotation.NonNullByDefault
package io.vswitch.nodes;

package io.vswitch.renderer.impl;

/**
 * One connection to the node: a plan issues calls only while the connection it started on is the current one.
 *
 * @param generation increases with every connect and disconnect
 * @param handle what descriptors reach the node with
 */
record Connection(long generation, Object handle) {
}

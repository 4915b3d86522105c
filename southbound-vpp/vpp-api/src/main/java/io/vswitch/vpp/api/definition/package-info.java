/**
 * How a VPP API message is defined in this code base: one annotated record per message.
 */
@org.eclipse.jdt.annotation.NonNullByDefault
package io.vswitch.vpp.api.definition;

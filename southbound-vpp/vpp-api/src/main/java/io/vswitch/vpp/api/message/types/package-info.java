/**
 * The composite types of VPP's shared type modules (ip_types, fib_types) that several areas use: addresses,
 * prefixes, FIB paths.
 */
@org.eclipse.jdt.annotation.NonNullByDefault
package io.vswitch.vpp.api.message.types;

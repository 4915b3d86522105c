/**
 * The L2 area of the simulated VPP (module {@code l2}): bridge domains, bridge ports and BVIs, cross-connects,
 * the static part of the L2 FIB and the ARP-termination table, with the semantics of VPP's {@code l2_api.c},
 * {@code l2_bd.c}, {@code l2_input.c} and {@code l2_fib.c}, and the {@code show bridge-domain} and
 * {@code show l2fib} CLI.
 */
@org.eclipse.jdt.annotation.NonNullByDefault
package io.vswitch.vpp.sim.area.l2;

/**
 * The L3 area of the simulated VPP (modules {@code ip}, {@code ip_neighbor}, {@code arp}): IP tables, routes with
 * VPP's FIB path semantics, the interface and special routes VPP shows beside them, static neighbours and proxy
 * ARP, with the semantics of {@code ip_api.c}, {@code fib_api.c}, {@code fib_table.c}, {@code ip_neighbor_api.c}
 * and {@code arp_api.c}, and the {@code show ip fib}, {@code show ip6 fib}, {@code show ip neighbors} and
 * {@code show ip table} CLI.
 */
@org.eclipse.jdt.annotation.NonNullByDefault
package io.vswitch.vpp.sim.area.l3;

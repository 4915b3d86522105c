/**
 * Karaf console commands of the vSwitch controller ({@code vswitch:*}).
 */
@org.eclipse.jdt.annotation.NonNullByDefault
package io.vswitch.console;

/**
 * The service provider interface of the renderer: what a feature bundle implements to teach the renderer one
 * kind of item ({@link io.vswitch.renderer.spi.Descriptor}), and the value types the two share.
 */
@NonNullByDefault
package io.vswitch.renderer.spi;

import org.eclipse.jdt.annotation.NonNullByDefault;

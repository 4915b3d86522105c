package io.vswitch.vpp.api.client.impl;

import io.vswitch.vpp.api.codec.MessageDescriptor;
import org.eclipse.jdt.annotation.Nullable;

/**
 * One decoded message from VPP, as the {@link InboundDecoder} hands it to the {@link SessionHandler}.
 *
 * @param descriptor what message it is
 * @param context the echoed context of a reply or details; 0 for an event
 * @param body the decoded message, or null when decoding failed
 * @param failure why decoding failed, or null
 */
record Inbound(MessageDescriptor<?> descriptor, int context, @Nullable Object body, @Nullable Exception failure) {
}

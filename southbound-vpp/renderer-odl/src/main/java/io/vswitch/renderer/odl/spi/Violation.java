package io.vswitch.renderer.odl.spi;

/**
 * One reason a configuration is refused.
 *
 * @param path the offending data, as a RESTCONF-like path, e.g.
 *        {@code /nodes/node=vpp1/interfaces/interface=memif2/memif/id}
 * @param reason what is wrong, in words, e.g. {@code memif id 1 is already used on socket /run/vpp/memif.sock by
 *        interface memif1}
 */
public record Violation(String path, String reason) {
    @Override
    public String toString() {
        return path + ": " + reason;
    }
}

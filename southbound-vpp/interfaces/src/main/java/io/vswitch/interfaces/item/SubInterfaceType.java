package io.vswitch.interfaces.item;

import static java.util.Objects.requireNonNull;

/**
 * A dot1q sub-interface with one tag matched exactly.
 *
 * @param parent the configured name of the interface carrying it
 * @param subId the sub-interface id
 * @param vlanId the outer VLAN id
 */
public record SubInterfaceType(String parent, int subId, int vlanId) implements InterfaceType {
    /**
     * Checks the parent.
     *
     * @param parent the parent
     * @param subId the sub id
     * @param vlanId the VLAN
     */
    public SubInterfaceType {
        requireNonNull(parent, "parent");
    }

    @Override
    public boolean matches(final InterfaceType actual) {
        return equals(actual);
    }
}

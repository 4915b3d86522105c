package io.vswitch.l3.descriptor;

/**
 * One IP table of VPP.
 *
 * @param ipv6 the family
 * @param id the table id
 */
record TableRef(boolean ipv6, int id) {
    private static final TableRef IP4_DEFAULT = new TableRef(false, 0);
    private static final TableRef IP6_DEFAULT = new TableRef(true, 0);

    /**
     * The table, sharing the instances of the default tables (most routes are there).
     */
    static TableRef of(final boolean ipv6, final int id) {
        if (id == 0) {
            return ipv6 ? IP6_DEFAULT : IP4_DEFAULT;
        }
        return new TableRef(ipv6, id);
    }
}

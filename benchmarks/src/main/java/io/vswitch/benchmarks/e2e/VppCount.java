package io.vswitch.benchmarks.e2e;

/**
 * What a dump of VPP's interfaces found of ours.
 *
 * @param tagged loopbacks whose tag is one of our names
 * @param adminUp those of them that are administratively up (their derived admin item applied)
 */
record VppCount(int tagged, int adminUp) {
    boolean all(final int expected) {
        return tagged == expected && adminUp == expected;
    }

    @Override
    public String toString() {
        return tagged + " tagged loopbacks, " + adminUp + " admin up";
    }
}

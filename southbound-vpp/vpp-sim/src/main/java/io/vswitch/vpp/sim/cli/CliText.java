package io.vswitch.vpp.sim.cli;

/**
 * VPP's {@code format} field widths: {@code %-Ns} (left), {@code %Ns} (right) and {@code %=Ns} (centred, the
 * extra space on the left). Like vppinfra's {@code justify}, longer text is cut to the width.
 */
public final class CliText {
    private CliText() {
        // static helpers only
    }

    /**
     * Left-justifies in a field ({@code %-Ns}).
     *
     * @param text the text
     * @param width the field width
     * @return the padded text
     */
    public static String left(final String text, final int width) {
        return text.length() >= width ? text.substring(0, width) : text + " ".repeat(width - text.length());
    }

    /**
     * Right-justifies in a field ({@code %Ns}).
     *
     * @param text the text
     * @param width the field width
     * @return the padded text
     */
    public static String right(final String text, final int width) {
        return text.length() >= width ? text.substring(0, width) : " ".repeat(width - text.length()) + text;
    }

    /**
     * Centres in a field ({@code %=Ns}).
     *
     * @param text the text
     * @param width the field width
     * @return the padded text
     */
    public static String centre(final String text, final int width) {
        if (text.length() >= width) {
            return text.substring(0, width);
        }
        final int leftPad = (width - text.length() + 1) / 2;
        return " ".repeat(leftPad) + text + " ".repeat(width - text.length() - leftPad);
    }
}

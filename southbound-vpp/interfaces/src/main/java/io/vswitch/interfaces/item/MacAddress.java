package io.vswitch.interfaces.item;

import static java.util.Objects.requireNonNull;

import com.google.common.io.BaseEncoding;
import java.util.Locale;

/**
 * A MAC address in its canonical text form, lower case with colons.
 *
 * @param text e.g. {@code 02:fe:00:00:00:01}
 */
public record MacAddress(String text) {
    private static final int LENGTH = 6;
    private static final BaseEncoding HEX = BaseEncoding.base16().lowerCase().withSeparator(":", 2);

    /**
     * Normalises the text.
     *
     * @param text the address, any case, with colons
     */
    public MacAddress {
        requireNonNull(text, "text");
        text = text.toLowerCase(Locale.ROOT);
        if (HEX.decode(text).length != LENGTH) {
            throw new IllegalArgumentException("not a MAC address: " + text);
        }
    }

    /**
     * The address of six bytes.
     *
     * @param bytes the bytes
     * @return the address
     */
    public static MacAddress of(final byte[] bytes) {
        return new MacAddress(HEX.encode(bytes));
    }

    /**
     * The six bytes.
     *
     * @return a new array
     */
    public byte[] bytes() {
        return HEX.decode(text);
    }

    /**
     * Whether it is all zero (VPP's "none").
     *
     * @return true for 00:00:00:00:00:00
     */
    public boolean isZero() {
        return "00:00:00:00:00:00".equals(text);
    }

    @Override
    public String toString() {
        return text;
    }
}

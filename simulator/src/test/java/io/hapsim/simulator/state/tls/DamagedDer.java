package io.hapsim.simulator.state.tls;

/** DER damaged as the properties of its readers damage it: a byte changed, a run cut out, or a run repeated. */
public final class DamagedDer {

    private DamagedDer() {
    }

    /**
     * {@code der} with, at {@code at}: {@code how} 0, the byte set to {@code value}; 1, up to {@code length} bytes
     * cut out; 2, up to {@code length} bytes repeated.
     */
    public static byte[] of(byte[] der, int at, int how, int value, int length) {
        int end = Math.min(der.length, at + length);
        byte[] damaged;
        switch (how) {
            case 0 -> {
                damaged = der.clone();
                damaged[at] = (byte) value;
            }
            case 1 -> {
                damaged = new byte[der.length - (end - at)];
                System.arraycopy(der, 0, damaged, 0, at);
                System.arraycopy(der, end, damaged, at, der.length - end);
            }
            default -> {
                damaged = new byte[end + der.length - at];
                System.arraycopy(der, 0, damaged, 0, end);
                System.arraycopy(der, at, damaged, end, der.length - at);
            }
        }
        return damaged;
    }
}

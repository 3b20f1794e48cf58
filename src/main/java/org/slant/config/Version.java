package org.slant.config;

/** The code version written into every manifest and model card, from the jar's build metadata. */
public final class Version {
    private Version() {
    }

    public static String current() {
        String v = Version.class.getPackage().getImplementationVersion();
        return v == null ? "0.1.0-dev" : v;
    }
}

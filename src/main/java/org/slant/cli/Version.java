package org.slant.cli;

import picocli.CommandLine.IVersionProvider;

/** The code version written into every manifest, from the jar's build metadata. */
public final class Version implements IVersionProvider {
    public static String current() {
        String v = Version.class.getPackage().getImplementationVersion();
        return v == null ? "0.1.0-dev" : v;
    }

    @Override
    public String[] getVersion() {
        return new String[] {"slant " + current()};
    }
}

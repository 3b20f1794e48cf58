package org.slant.cli;

import org.slant.config.Version;

import picocli.CommandLine.IVersionProvider;

/** {@code --version}: the code version the manifests record. */
public final class VersionProvider implements IVersionProvider {
    @Override
    public String[] getVersion() {
        return new String[] {"slant " + Version.current()};
    }
}

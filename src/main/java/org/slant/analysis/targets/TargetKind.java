package org.slant.analysis.targets;

import java.util.Locale;

/** What a catalog entry names: a contested issue, an actor who takes positions, or something that is both. */
public enum TargetKind {
    ISSUE, ACTOR, BOTH;

    /** True when people can hold positions (so the entry can be the actor of an {@code ActorStance}). */
    public boolean isActor() {
        return this != ISSUE;
    }

    /** The YAML spelling: {@code issue}, {@code actor}, {@code both}. */
    public String yamlName() {
        return name().toLowerCase(Locale.ROOT);
    }
}

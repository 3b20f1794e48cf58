/**
 * The kinds of failure that end a command, one exception per kind: any layer may throw them, and only
 * {@code org.slant.cli.Main} turns them into the contract's exit codes ({@code ExitCodes}). Errors are
 * otherwise data: a bad record is a reject, never an exception.
 */
package org.slant.failure;

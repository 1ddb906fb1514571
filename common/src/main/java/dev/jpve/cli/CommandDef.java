package dev.jpve.cli;

/**
 * One entry of a CLI tool's command tree (upstream's {@code $cmddef}): a command running an API
 * method, a group of sub-commands, or an alias for other command words.
 */
public sealed interface CommandDef permits Command, CommandGroup, CommandAlias {}

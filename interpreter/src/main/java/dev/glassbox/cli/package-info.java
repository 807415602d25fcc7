/** The {@code glassbox} command line: option parsing, script/-c/-m/REPL launch. */
package dev.glassbox.cli;

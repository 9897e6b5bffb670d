/**
 * The {@code kg} command line: one thin class per subcommand that parses its arguments, calls the library
 * and returns an exit code. Only {@link org.w3id.vnkg.cli.Main#main} calls {@code System.exit}.
 */
package org.w3id.vnkg.cli;

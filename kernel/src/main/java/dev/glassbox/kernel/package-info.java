/** The Jupyter kernel: entry point; the wire, protocol, session, magics and display packages. */
package dev.glassbox.kernel;

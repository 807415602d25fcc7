package dev.glassbox.modules.os;

import dev.glassbox.objects.Exposed;
import dev.glassbox.objects.ModuleBuilder;
import dev.glassbox.objects.PyModule;
import dev.glassbox.objects.PyObject;

/**
 * {@code _posixsubprocess}: what {@code subprocess} imports at load time. A JVM cannot fork, so
 * starting a child fails as a system without fork would: OSError ENOSYS from fork_exec, which
 * Popen reports as its error. (Child processes through Java's ProcessBuilder are future work.)
 */
@Exposed.Module(name = "_posixsubprocess", doc = "A POSIX helper for the subprocess module.")
public final class PosixSubprocess {
    private PosixSubprocess() {}

    public static PyModule create() {
        return ModuleBuilder.build(PosixSubprocess.class);
    }

    @Exposed.Function(sig = "($module, *args)", doc = "fork_exec(args, executable_list, close_fds, pass_fds, cwd, env,\n"
            + "          p2cread, p2cwrite, c2pread, c2pwrite,\n"
            + "          errread, errwrite, errpipe_read, errpipe_write,\n"
            + "          restore_signals, call_setsid, pgid_to_set,\n"
            + "          gid, extra_groups, uid,\n"
            + "          preexec_fn)\n\n"
            + "Forks a child process, closes parent file descriptors as appropriate in the\n"
            + "child and dups the few that are needed before calling exec() in the child\n"
            + "process.")
    public static PyObject fork_exec(PyObject args) {
        throw PosixErrors.oserror(38, null);
    }
}

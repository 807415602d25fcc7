package dev.glassbox.objects;

/**
 * Objects the VM and {@link Abstract#call} can call directly in vectorcall form: positional
 * arguments {@code args[start .. start+nargs)}, then the values of the keyword names in
 * {@code kwnames}. Arguments are borrowed; the result is a new object the caller stores or
 * drops.
 */
public interface PyCallable {
    PyObject call(PyObject[] args, int start, int nargs, PyTuple kwnames);
}

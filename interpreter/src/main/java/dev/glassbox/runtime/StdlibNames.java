package dev.glassbox.runtime;

import dev.glassbox.objects.PyFrozenSet;
import dev.glassbox.objects.PyObject;
import dev.glassbox.objects.PyStr;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** sys.stdlib_module_names: CPython 3.11's list of standard-library module names (a resource, one per line). */
final class StdlibNames {
    private StdlibNames() {}

    static PyObject frozenset() {
        List<PyObject> names = new ArrayList<>();
        try (InputStream in = StdlibNames.class.getResourceAsStream("/dev/glassbox/stdlib_module_names.txt")) {
            if (in != null) {
                BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
                for (String line; (line = r.readLine()) != null; ) if (!line.isBlank()) names.add(PyStr.of(line.strip()));
            }
        } catch (IOException e) {
            // A jar without the list gives an empty set.
        }
        return PyFrozenSet.of(dev.glassbox.objects.PyList.of(names.toArray(new PyObject[0])));
    }
}

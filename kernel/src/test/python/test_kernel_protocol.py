"""jupyter_kernel_test against the Glassbox kernel, as a frontend sees it.

Two kernels can be tested, chosen by GLASSBOX_KERNEL (default "glassbox-fake"):
  glassbox-fake  the kernel with the Java test double FakeEngine (protocol only; the cells
                 below are the fake engine's commands, not Python);
  glassbox       the installed kernelspec with the real runtime (Python cells).
make_fake_kernelspec.sh writes the glassbox-fake kernelspec into a JUPYTER_PATH folder.

Run:  JUPYTER_PATH=<folder> python3 -m unittest -v test_kernel_protocol   (exit 0 = pass)
Needs the distro's python3-jupyter-client and python3-jupyter-kernel-test.
"""
import os
import unittest

import jupyter_kernel_test

KERNEL = os.environ.get("GLASSBOX_KERNEL", "glassbox-fake")
FAKE = KERNEL == "glassbox-fake"


class GlassboxKernelTests(jupyter_kernel_test.KernelTests):
    kernel_name = KERNEL
    language_name = "python"
    file_extension = ".py"
    code_hello_world = "print('hello, world')"
    code_stderr = "eprint('oops')" if FAKE else "import sys; print('oops', file=sys.stderr)"
    completion_samples = ([{"text": "pri", "matches": {"print", "prime", "primes"}}] if FAKE
                          else [{"text": "zi", "matches": {"zip"}}])
    complete_code_samples = ["x = 1"]
    incomplete_code_samples = ["for x in y:"] if FAKE else ["for x in y:", "x = (1 +"]
    invalid_code_samples = ["$"] if FAKE else ["$x = 1"]
    code_page_something = "print?"
    code_generate_error = "raise ValueError('x')"
    code_execute_result = [{"code": "6+7", "result": "13"}]
    code_display_data = ([{"code": "display('hi')", "mime": "text/plain"}] if FAKE
                         else [{"code": "from IPython.display import HTML, display; display(HTML('<b>hi</b>'))",
                                "mime": "text/html"}])
    code_history_pattern = "6+*"
    supported_history_operations = ("tail", "range", "search")
    code_inspect_sample = "print"
    code_clear_output = "clear" if FAKE else "from IPython.display import clear_output; clear_output()"


if __name__ == "__main__":
    unittest.main(verbosity=2)

"""The installed Glassbox kernel with the real runtime, driven by jupyter_client as a frontend
drives it: what jupyter_kernel_test does not cover (stdin passwords, the order of a cell's
streams, cell sources seen by Python code, the front-end magics, CPython's Lib in the kernel).

Run:  GLASSBOX_KERNEL=glassbox python3 -m unittest -v test_real_kernel
"""
import os
import subprocess
import sys
import unittest

import jupyter_client

KERNEL = os.environ.get("GLASSBOX_KERNEL", "glassbox")


class RealKernelTests(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.km, cls.kc = jupyter_client.manager.start_new_kernel(kernel_name=KERNEL, startup_timeout=60)

    @classmethod
    def tearDownClass(cls):
        cls.kc.stop_channels()
        cls.km.shutdown_kernel(now=True)

    def run_cell(self, code, answer=None):
        """Runs a cell; returns its iopub messages (between busy and idle) and the reply."""
        msg_id = self.kc.execute(code, allow_stdin=answer is not None)
        if answer is not None:
            request = self.kc.get_stdin_msg(timeout=60)
            self.requests.append(request["content"])
            self.kc.input(answer)
        out = []
        while True:
            m = self.kc.get_iopub_msg(timeout=60)
            if m["parent_header"].get("msg_id") != msg_id:
                continue
            if m["msg_type"] == "status" and m["content"]["execution_state"] == "idle":
                break
            if m["msg_type"] not in ("status", "execute_input"):
                out.append(m)
        reply = self.kc.get_shell_msg(timeout=60)
        return out, reply["content"]

    def setUp(self):
        self.requests = []

    def streams(self, msgs):
        merged = []
        for m in msgs:
            if m["msg_type"] != "stream":
                continue
            name, text = m["content"]["name"], m["content"]["text"]
            if merged and merged[-1][0] == name:
                merged[-1] = (name, merged[-1][1] + text)
            else:
                merged.append((name, text))
        return merged

    def test_getpass_asks_the_frontend_for_a_password(self):
        msgs, reply = self.run_cell("import getpass\npw = getpass.getpass('Secret: ')\nprint(len(pw))", answer="hunter2")
        self.assertEqual(reply["status"], "ok")
        self.assertEqual(self.requests, [{"prompt": "Secret: ", "password": True}])
        self.assertEqual(self.streams(msgs), [("stdout", "7\n")])

    def test_stdout_and_stderr_keep_their_order(self):
        msgs, _ = self.run_cell("import sys\nprint('a')\nprint('b', file=sys.stderr)\nprint('c')")
        self.assertEqual(self.streams(msgs), [("stdout", "a\n"), ("stderr", "b\n"), ("stdout", "c\n")])

    def test_cell_lines_reach_traceback_and_linecache(self):
        self.run_cell("def inverse(x):\n    return 1 / x\n")
        msgs, _ = self.run_cell("import traceback\ntry:\n    inverse(0)\nexcept ZeroDivisionError:\n"
                                "    traceback.print_exc()")
        err = "".join(t for name, t in self.streams(msgs) if name == "stderr")
        self.assertIn("in inverse\n    return 1 / x\n", err)
        self.assertTrue(err.endswith("ZeroDivisionError: division by zero\n"), err)

    def test_standard_library_imports(self):
        msgs, reply = self.run_cell("import json, collections, re\njson.dumps(collections.Counter(re.findall('a', 'banana')))")
        self.assertEqual(reply["status"], "ok")
        self.assertEqual(msgs[-1]["content"]["data"]["text/plain"], "'{\"a\": 3}'")

    def test_front_end_magics(self):
        msgs, reply = self.run_cell("%%tokens -e\nx = 1\n")
        self.assertEqual(reply["status"], "ok")
        data = msgs[-1]["content"]["data"]
        self.assertEqual(data["text/plain"].splitlines()[1].split(), ["1,2-1,3:", "EQUAL", "'='"])
        self.assertIn("<span title=\"NAME 1,0-1,1\"", data["text/html"])
        msgs, reply = self.run_cell("%ast -m eval a + 1")
        self.assertEqual(reply["status"], "ok")
        self.assertTrue(msgs[-1]["content"]["data"]["text/plain"].startswith("Expression(\n   body=BinOp("))


    @unittest.skipUnless(subprocess.run([sys.executable, "-c", "import jupyter_console"]).returncode == 0,
                         "jupyter_console is not installed")
    def test_jupyter_console_session(self):
        cells = "x = 6 * 7; x\nprint('hi')\n1/0\nimport json; json.dumps([1])\n"
        r = subprocess.run([sys.executable, "-m", "jupyter_console", "--simple-prompt", "--kernel", KERNEL],
                           input=cells + "exit\n", capture_output=True, text=True, timeout=120)
        out = r.stdout + r.stderr
        self.assertIn("Python 3.11.7 (Glassbox", out)
        self.assertIn("Out[1]: 42", out)
        self.assertIn("In [2]: hi", out)
        self.assertIn("ZeroDivisionError: division by zero", out)
        self.assertIn("Out[4]: '[1]'", out)


if __name__ == "__main__":
    unittest.main(verbosity=2)

import os
__path__.append(os.path.join(os.path.dirname(os.__file__), "test"))

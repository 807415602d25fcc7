import os
from sys import path as p, argv
from . import mod
from .. import *

class A:
    """doc"""
    x = 1
    def m(self):
        return super().m()
    @property
    def p(self):
        return self.x

@decorator
class B(A, metaclass=M):
    y: int
    def __init__(self, *a, **k):
        self.a = a

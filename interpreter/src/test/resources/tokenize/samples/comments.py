#!/usr/bin/env python3
# -*- coding: utf-8 -*-
x = 1  # trailing comment
   # indented comment

y = [1,  # in brackets
     2]
# last line comment without newline
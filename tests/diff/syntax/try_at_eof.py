# A block left open at the end of a script: the tokenizer position is column 0.
try:
    pass

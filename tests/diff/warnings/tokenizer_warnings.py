# SyntaxWarnings from the tokenizer (a number literal running into a keyword).
x = 1
print(0x1for x in [])
print(1if x else 2)

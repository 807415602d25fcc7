# sys.settrace is per thread: a new thread starts untraced; threading.settrace installs a tracer
# in threads started afterwards.
import sys, threading
ev = []
def tr(frame, event, arg):
    if frame.f_code.co_name == "work":
        ev.append((threading.current_thread().name, event))
    return tr
def work():
    x = 1
    return x
def in_thread():
    work()
    print("thread sees trace:", sys.gettrace() is tr)
sys.settrace(tr)
t = threading.Thread(target=in_thread, name="T")
t.start(); t.join()
work()
sys.settrace(None)
print(ev)
threading.settrace(tr)
t = threading.Thread(target=in_thread, name="T2")
t.start(); t.join()
threading.settrace(None)
print(ev[-4:])

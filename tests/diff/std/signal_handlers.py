# _signal: handlers run in the main thread (raise_signal, os.kill of this process, interval timers),
# KeyboardInterrupt from SIGINT and interrupt_main, a handler's exception cutting a sleep or lock wait
# short, argument errors, sigmask bookkeeping.
import signal, os, time, threading
print(signal.getsignal(signal.SIGINT), signal.getsignal(signal.SIGPIPE), signal.getsignal(signal.SIGTERM))
print(signal.SIGINT, repr(signal.SIGTERM), signal.Signals(15).name, signal.NSIG)
got = []
def h(sig, frame):
    got.append((sig, type(frame).__name__))
old = signal.signal(signal.SIGUSR1, h)
print(old)
signal.raise_signal(signal.SIGUSR1)
print(got)
os.kill(os.getpid(), signal.SIGUSR1)
time.sleep(0.1)
print(got)
try:
    signal.raise_signal(signal.SIGINT)
except KeyboardInterrupt:
    print("KeyboardInterrupt")
signal.signal(signal.SIGALRM, lambda s, f: got.append("alarm"))
signal.setitimer(signal.ITIMER_REAL, 0.05)
time.sleep(0.3)
print(got[-1])
print(signal.alarm(0))
print(signal.strsignal(2), signal.strsignal(40), signal.strsignal(32))
print(len(signal.valid_signals()))
for bad in [(9, signal.SIG_IGN), (2, 5), (0, signal.SIG_IGN), (70, signal.SIG_DFL)]:
    try: signal.signal(*bad)
    except Exception as e: print(type(e).__name__, e)
def other():
    try: signal.signal(2, signal.SIG_IGN)
    except Exception as e: print(type(e).__name__, e)
t = threading.Thread(target=other); t.start(); t.join()
# interrupt sleep with handler raising
class Stop(Exception): pass
def raiser(s, f): raise Stop("stopped")
signal.signal(signal.SIGALRM, raiser)
signal.setitimer(signal.ITIMER_REAL, 0.05)
t0 = time.time()
try:
    time.sleep(5)
except Stop as e:
    print("Stop", e, time.time() - t0 < 1)
import _thread
signal.signal(signal.SIGINT, signal.default_int_handler)
def intr():
    time.sleep(0.05); _thread.interrupt_main()
threading.Thread(target=intr).start()
try:
    lock = threading.Lock(); lock.acquire(); lock.acquire(timeout=5)
except KeyboardInterrupt:
    print("interrupted lock wait")
print(signal.pthread_sigmask(signal.SIG_BLOCK, [signal.SIGUSR1]), signal.pthread_sigmask(signal.SIG_UNBLOCK, [signal.SIGUSR1]))
print(signal.getitimer(signal.ITIMER_REAL))
print(signal.signal(signal.SIGUSR1, signal.SIG_DFL) is h)

#!/usr/bin/env python3
"""Wait until the machine is quiet (busy < 0.15 cores over 2 s, checked from /proc/stat), then run the command.
Prints how busy the rest of the machine was. Usage: quiet.py [--max-wait S] cmd args..."""
import subprocess, sys, time
def busy(interval=2.0):
    def snap():
        f = open('/proc/stat').readline().split()[1:]
        v = list(map(int, f)); idle = v[3] + v[4]; return sum(v), idle
    t1, i1 = snap(); time.sleep(interval); t2, i2 = snap()
    ncpu = 2
    return ncpu * (1 - (i2 - i1) / max(1, (t2 - t1)))
args = sys.argv[1:]; maxwait = 900
if args and args[0] == '--max-wait': maxwait = float(args[1]); args = args[2:]
start = time.time()
while True:
    b = busy()
    if b < 0.15 or time.time() - start > maxwait: break
sys.stderr.write(f"[quiet] waited {time.time()-start:.0f}s, busy before start {b:.2f} cores\n")
sys.exit(subprocess.call(args))

import contextlib
import io

print("before import")
import printing  # noqa: E402

print("after import")
print("returned", printing.shout(3))
printing.flushed(1)
# Compiled prints go through sys.stdout, so redirection captures them.
buffer = io.StringIO()
with contextlib.redirect_stdout(buffer):
    printing.shout(5)
    printing.flushed(2)
print("captured:", repr(buffer.getvalue()))
print("end")

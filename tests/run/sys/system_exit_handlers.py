# SystemExit derives from BaseException, not Exception: 'except Exception'
# does not catch it, 'except SystemExit' and 'except BaseException' do, and
# finally blocks run while it propagates.
import sys


def inner(code: int) -> None:
    try:
        sys.exit(code)
    except Exception:
        print("wrong: Exception caught SystemExit")
    finally:
        print("inner finally", code)


def middle(code: int) -> int:
    try:
        inner(code)
    except ValueError:
        print("wrong: ValueError caught SystemExit")
    return -1


try:
    middle(7)
except SystemExit as e:
    print("caught SystemExit:", e, e.args)

try:
    middle(0)
except BaseException as e:
    print("BaseException caught:", repr(e))

try:
    raise SystemExit(9)
except (KeyError, SystemExit) as e:
    print("tuple handler:", e)

try:
    sys.exit(8)
except SystemExit as e:
    print("int code:", e, e.args, e.args[0] + 1)

try:
    try:
        sys.exit(1)
    except SystemExit:
        print("re-raising")
        raise
except SystemExit as e:
    print("outer got it again:", e)

print("done")
sys.exit(middle(5))

from enum import Enum, IntEnum
from dataclasses import dataclass
from typing import Optional


class State(Enum):
    IDLE = "idle"
    RUNNING = "running"
    DONE = "done"


class Code(IntEnum):
    OK = 0
    NOT_FOUND = 404
    ERROR = 500


class Shape(Enum):
    POINT = (0, 0)
    UNIT = (1, 1)


@dataclass
class Job:
    name: str
    state: State = State.IDLE


def parse(text: str) -> Optional[State]:
    try:
        return State(text)
    except ValueError as e:
        print("ValueError:", e)
        return None


def by_name(name: str) -> State:
    try:
        return State[name]
    except KeyError as e:
        print("KeyError:", repr(e), e)
        return State.IDLE


def advance(s: State) -> State:
    if s == State.IDLE:
        return State.RUNNING
    if s is State.RUNNING:
        return State.DONE
    return s


print(parse("running"), parse("paused"), parse(""))
print(by_name("DONE"), by_name("done"), by_name(""))
s = State.IDLE
steps: list[State] = [s]
while s != State.DONE:
    s = advance(s)
    steps.append(s)
print(steps, steps.count(State.RUNNING), State.DONE in steps)
job = Job("build")
print(job, job.state.value)
job.state = advance(job.state)
print(job, job == Job("build", State.RUNNING), job == Job("build"))
try:
    Code(200)
except ValueError as e:
    print(e)
print(Code(404), repr(Code(0)), Code["ERROR"] + 1)
try:
    print(Shape((2, 2)))
except ValueError as e:
    print(e)
print(Shape((1, 1)), Shape.POINT.value[0])
table = {State.IDLE: 0, State.RUNNING: 1}
table[State.DONE] = 2
print(table, sorted(table.values()), [k.name for k in table])
print(sorted(State, key=lambda st: st.value), sorted(Code, reverse=True))
print(bool(Code.OK), bool(Code.ERROR), not Code.OK, bool(State.IDLE))
if Code.OK or Code.NOT_FOUND:
    print("truthy", [c for c in Code if c])

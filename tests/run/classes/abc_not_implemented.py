# A plain base class whose methods raise NotImplementedError, and an
# abstract method whose body raises it: overridden in subclasses; called
# directly (or through super()), they raise as in CPython.
from abc import ABC, abstractmethod


class Codec:
    def encode(self, s: str) -> str:
        raise NotImplementedError

    def name(self) -> str:
        raise NotImplementedError("subclasses name themselves")

    def run(self, s: str) -> str:
        return self.name() + ":" + self.encode(s)


class Upper(Codec):
    def encode(self, s: str) -> str:
        return s.upper()

    def name(self) -> str:
        return "upper"


class Reverse(Codec):
    def encode(self, s: str) -> str:
        return s[::-1]

    def name(self) -> str:
        return "reverse"


class Half(Codec):
    def encode(self, s: str) -> str:
        return s[: len(s) // 2]


class Store(ABC):
    @abstractmethod
    def get(self, key: str) -> int:
        raise NotImplementedError(f"{key} not stored")


class Zero(Store):
    def get(self, key: str) -> int:
        if key == "":
            return super().get(key)
        return 0


codecs: list[Codec] = [Upper(), Reverse(), Half(), Codec()]
for c in codecs:
    try:
        print(c.run("hello"))
    except NotImplementedError as e:
        print("not implemented:", repr(e), str(e) == "")
z = Zero()
print(z.get("a"))
try:
    z.get("")
except NotImplementedError as e:
    print(repr(e))
try:
    Codec().encode("x")
except NotImplementedError as e:
    print(repr(e), str(e) == "")
try:
    print(Half().run("abcd"))
except RuntimeError as e:            # NotImplementedError is a RuntimeError
    print(repr(e))

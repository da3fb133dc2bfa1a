# @classmethod in class hierarchies: `cls` is the class the method is called
# through, so an inherited factory builds the subclass; `typing.Self`;
# classmethods calling each other through `cls`; overriding a classmethod.
from typing import Self


class Animal:
    SOUND = "..."
    count = 0

    def __init__(self, name: str, legs: int) -> None:
        self.name = name
        self.legs = legs

    @classmethod
    def make(cls, name: str) -> Self:
        return cls(name, cls.default_legs())

    @classmethod
    def default_legs(cls) -> int:
        return 4

    @classmethod
    def describe(cls) -> str:
        return f"{cls.SOUND} x{cls.default_legs()}"

    @classmethod
    def pair(cls, a: str, b: str) -> list["Animal"]:
        return [cls.make(a), cls.make(b)]

    def speak(self) -> str:
        return f"{self.name} ({self.legs} legs) says {self.SOUND}"


class Dog(Animal):
    SOUND = "woof"


class Bird(Animal):
    SOUND = "tweet"

    @classmethod
    def default_legs(cls) -> int:
        return 2


class Parrot(Bird):
    SOUND = "hello"

    def __init__(self, name: str, legs: int) -> None:
        super().__init__(name.upper(), legs)
        self.words = 3

    def speak(self) -> str:
        return super().speak() + f" and knows {self.words} words"


d = Dog.make("rex")
b = Bird.make("tweety")
p = Parrot.make("polly")
a = Animal.make("generic")
print(d.speak())
print(b.speak())
print(p.speak(), p.words)
print(a.speak())
print(Animal.describe(), Dog.describe(), Bird.describe(), Parrot.describe())
zoo: list[Animal] = []
zoo.extend(Dog.pair("a", "b"))
zoo.extend(Parrot.pair("c", "d"))
zoo.append(Bird.make(""))
for x in zoo:
    print(x.speak(), isinstance(x, Bird), isinstance(x, Parrot))
print(d.describe(), p.default_legs())   # through an instance of a class without subclasses

# An inherited classmethod whose cls(...) call does not fit a subclass's __init__:
# TypeError when called through that subclass, as in CPython.
from __future__ import annotations


class Animal:
    def __init__(self, name: str, sound: str) -> None:
        self.name = name
        self.sound = sound

    @classmethod
    def create(cls, spec: str) -> Animal:
        name, sound = spec.split(":")
        return cls(name, sound)

    def speak(self) -> str:
        return f"{self.name} says {self.sound}"


class Dog(Animal):
    def __init__(self, name: str) -> None:
        super().__init__(name, "woof")


class Cat(Animal):
    pass


print(Animal.create("cow:moo").speak(), Cat.create("tom:meow").speak(), Dog("rex").speak())
try:
    Dog.create("rex:grr")
except TypeError as e:
    print("TypeError:", e)
Dog.create("fido:bark")

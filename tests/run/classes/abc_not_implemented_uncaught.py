# An uncaught NotImplementedError from a base method a subclass did not override.
class Animal:
    def sound(self) -> str:
        raise NotImplementedError("Animal.sound")


class Dog(Animal):
    def sound(self) -> str:
        return "woof"


class Fish(Animal):
    pass


animals: list[Animal] = [Dog(), Fish()]
for a in animals:
    print(a.sound())

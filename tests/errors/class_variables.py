class Base:
    count = 0

    def bump(self) -> None:
        self.count += 1  # error: assigning class variable 'count' through an instance would make an instance attribute in CPython


class Sub(Base):
    pass


Base.count = 1
Sub.count = 2  # error: assigning 'count' through 'Sub' would give it its own class attribute in CPython (not supported)
Base.count = "x"  # error: expected int, found str

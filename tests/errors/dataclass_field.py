from dataclasses import dataclass, field


@dataclass
class A:
    x: int = field(hash=False)  # error: dataclasses.field(hash=...) is not supported yet
    y: list[int] = field(default=[])  # error: mutable default <class 'list'> for field y is not allowed: use default_factory
    z: int = field(default=1, default_factory=int)  # error: cannot specify both default and default_factory (field z)


f = field  # error: dataclasses.field() can only be used as the default of a dataclass field

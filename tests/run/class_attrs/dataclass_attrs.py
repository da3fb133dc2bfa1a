# In a @dataclass, unannotated class-body assignments are class attributes,
# not fields (only annotated names are fields), as in CPython.
from dataclasses import dataclass, field


@dataclass
class Config:
    name: str
    tags: list[str] = field(default_factory=list)
    DEFAULTS = {"width": 80, "depth": 3}
    ORDER = ["depth", "width"]

    def get(self, key: str) -> int:
        return self.DEFAULTS[key]


c = Config("x")
d = Config("y", ["t"])
print(c, d)
print(c.get("width"), Config.ORDER, d.ORDER)
Config.DEFAULTS["extra"] = 7
print(d.get("extra"), c.DEFAULTS is d.DEFAULTS)
print(c == Config("x"), [Config.DEFAULTS[k] for k in Config.ORDER])

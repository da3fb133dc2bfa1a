# Rejected: dataclasses.field() options taipan does not compile faithfully.
from dataclasses import dataclass, field


@dataclass
class A:
    x: int = field(init=False)  # error: with init=False and no default is not supported
    y: int = field(default=0, compare=1 > 0)  # error: must be True or False
    z: int = field(default=0, kw_only=True)  # error: dataclasses.field(kw_only=...) is not supported yet

# A KeyError subclass with a field: str() is the repr of its single arg.


class MissingSetting(KeyError):
    def __init__(self, name: str, section: str) -> None:
        super().__init__(name)
        self.section = section


try:
    raise MissingSetting("port", "server")
except KeyError as e:
    print("caught", e, repr(e))
try:
    raise MissingSetting("user", "db")
except MissingSetting as e:
    print("caught", e, e.args, e.section)
raise MissingSetting("host", "client")

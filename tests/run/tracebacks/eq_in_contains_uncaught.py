# compare-traceback
# __eq__ raising while `in` and list.index compare elements.


class Version:
    def __init__(self, major: int) -> None:
        self.major = major

    def __eq__(self, other: "Version") -> bool:
        if other.major < 0 or self.major < 0:
            raise ValueError("negative version")
        return self.major == other.major


versions = [Version(1), Version(2)]
print(Version(2) in versions, versions.index(Version(1)))
versions.append(Version(-1))
print(Version(5) in versions)

# Rejected: total_ordering classes taipan cannot complete faithfully.
from functools import total_ordering


@total_ordering  # error: must itself define one of __lt__, __le__, __gt__ or __ge__
class NoRoot:
    def __eq__(self, other: object) -> bool:
        return True

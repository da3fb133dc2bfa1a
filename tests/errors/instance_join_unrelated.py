# Rejected: a display of instances of classes without a common base (their
# join would be `object`).
class A:
    pass


class B:
    pass


xs = [A(), B()]  # error: list items have different types: A and B

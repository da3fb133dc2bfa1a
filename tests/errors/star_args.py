# Rejected: star arguments and parameters taipan cannot compile faithfully.


def pair(a: int, b: int) -> int:
    return a + b


def many(*xs: int) -> int:
    return len(xs)


def keywords(**kw: int) -> None:  # error: '**kwargs' parameters are not supported yet
    pass


class C:
    def m(self, *xs: int) -> None:  # error: '*args' parameters of methods are not supported yet
        pass


class P:
    def __str__(self) -> str:
        return "p"


t = (1, 2, 3)
xs = [1, 2]
d = {"a": 1}
print(pair(*t))  # error: pair() takes 2 positional arguments but 3 were given
print(pair(*xs))  # error: star arguments of a list[int] are not supported yet: the number of arguments is only known at run time
print(pair(*1))  # error: argument after * must be an iterable, not int
print(pair(**d))  # error: '**' arguments are not supported yet
print(many(1, "a"))  # error: expected int, found str
print(many(xs=1))  # error: many() got an unexpected keyword argument 'xs'
print(len(*xs))  # error: star arguments are only supported in calls of module functions and print()

ps = [P()]
print(*ps)  # error: print() with star arguments of variable length prints only values whose str() runs no user code

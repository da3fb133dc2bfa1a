# An exception object raised later, after it was stored.
errors: list[ValueError] = []
for i in range(3):
    errors.append(ValueError("error number " + str(i)))
print(len(errors), str(errors[1]), repr(errors[2]))
raise errors[1]

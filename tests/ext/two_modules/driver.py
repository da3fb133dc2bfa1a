import mod_a
import mod_b

print(mod_a.__doc__, mod_b.__doc__)
print(mod_a.value(1), mod_b.value(1), mod_a.name_len(), mod_b.name_len())
for m in [mod_a, mod_b, mod_a]:
    try:
        m.fail(1)
    except Exception as e:
        print(m.__name__, type(e).__name__, e)
print(mod_a.value(2), mod_b.value(2))

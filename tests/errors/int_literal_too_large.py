# Rejected: an integer literal outside the 64-bit range (2**63 is one too many).
ok = 9223372036854775807
big = 9223372036854775808  # error: integer literal is too large for a 64-bit int
print(ok, big)

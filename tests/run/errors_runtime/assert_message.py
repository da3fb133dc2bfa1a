# A failing assert with a message: AssertionError: the message.
balance = 10
for withdrawal in range(3, 10, 3):
    balance -= withdrawal
    print("balance", balance)
    assert balance >= 0, "balance went negative"

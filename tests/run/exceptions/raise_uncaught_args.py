# Several arguments: the message is the repr of the args tuple.
raise RuntimeError("bad", 3, 2.5)

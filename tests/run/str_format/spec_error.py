# A bad spec in str.format raises the same ValueError as format().
text = "text"
print("{:>4d}".format(7))
print("{:d}".format(text))

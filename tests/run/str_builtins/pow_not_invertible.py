# pow with a negative exponent and a base not coprime with the modulus.
print(pow(3, -1, 7))
print(pow(2, -1, 4))

# print() writes non-ASCII string literals as UTF-8, byte for byte.
print("héllo", "wörld", "naïve café")
print("π ≈", 3.14159, "∑", "→", "✓")
print("日本語", "中文", "한국어", sep=" | ")
print("emoji: 🐍🚀", end="!\n")
print("\u00e9", "\N{GREEK SMALL LETTER ALPHA}", "\x41\x42")

import shapes
from _support import show

show(shapes.corners, 4)
show(shapes.corners, 0)
show(shapes.distinct, [1, 2, 1, 3, 2])
show(shapes.has_label, ["Ab", "cd"], "AB")
show(shapes.has_label, ["Ab", "cd"], "x")
show(shapes.show_labels, ["a", "B"])

# Only Enum, IntEnum and auto come from enum.
from enum import Flag  # error: enum.Flag is not supported yet
from enum import StrEnum  # error: enum.StrEnum is not supported yet
from enum import unique  # error: enum.unique is not supported yet

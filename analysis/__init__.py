"""border-desk: turn a news article into checkable, tidy data.

Modules, one job each: `article` (loading text and its spans), `numbers` (reading number
words and digits), `periods` (time expressions resolved to dates), `statistics` (the
quantitative mentions), `attribution` (whom a sentence credits), `tables` (schemas and
CSV writing), `cli` (the command line).
"""

__version__ = "0.1.0"

"""The one exception type that the command line turns into a one-line message and exit 2."""


class InputError(Exception):
    """Bad input from the user: a file, a flag or a folder the tool cannot use.

    The message names the file (or flag) and the problem in one line.
    """

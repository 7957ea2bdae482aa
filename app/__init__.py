"""``python -m app`` from the source tree, as the README and the command line's help write it.

The program's package is ``after_school_desk`` (installed, it is the command
``after-school-desk``); this folder only forwards to it and is not installed."""

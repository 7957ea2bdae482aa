import multiprocessing
import sys

# the bundled program starts its own checks as child processes (services/care/apart.py):
# a child started from the bundle runs the check it was started for, and nothing else
multiprocessing.freeze_support()

from after_school_desk.cli import main  # noqa: E402
from after_school_desk.services.base.school_file import restrict_new_files  # noqa: E402

restrict_new_files()  # files and folders the program creates: this PC account's only (POSIX)
sys.exit(main())

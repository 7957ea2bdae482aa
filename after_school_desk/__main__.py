import sys

from after_school_desk.cli import main
from after_school_desk.services.base.school_file import restrict_new_files

restrict_new_files()  # files and folders the program creates: this PC account's only (POSIX)
sys.exit(main())

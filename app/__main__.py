import sys

from app.cli import main
from app.services.base.school_file import restrict_new_files

restrict_new_files()  # files and folders the program creates: this PC account's only (POSIX)
sys.exit(main())

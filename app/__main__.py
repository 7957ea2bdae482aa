import sys

from app.cli import main
from app.store.file_modes import restrict_new_files

restrict_new_files()  # files and folders the program creates: this PC account's only (POSIX)
sys.exit(main())

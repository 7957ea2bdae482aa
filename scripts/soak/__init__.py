"""The soak runs: the reliability harnesses at scale (``scripts/soak.sh``, README "Soak runs").

- ``kill``: a worker process signs pupils in and hands them over through the services on a real
  school file, printing each confirmed event id; it is SIGKILLed at random moments and
  restarted; every confirmed id must be in the file and the file must pass its checks.
- ``powercut``: the same workload on an apsw connection routed through the simulated power-cut
  VFS of ``tests/reliability/powercut_vfs.py``; the file is rebuilt as a disk could hold it and
  opened again by the program.
- ``flips``: one byte of a school file changed (anywhere, in page headers, in the schema, in the
  file header), then opened, checked and written through the program; each outcome classified.
- ``fuzz``: mutated roster files (CSV, XLSX, XLS) through the import preview and the import.

Everything runs in-process through the services (never the CLI), in a private work folder with
its own settings and data folders.
"""

import runpy

runpy.run_module("after_school_desk", run_name="__main__", alter_sys=True)

"""After-School Desk (课后服务台): offline records for after-school service."""

__version__ = "0.1.0"

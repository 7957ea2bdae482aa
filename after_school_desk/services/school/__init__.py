"""school"""

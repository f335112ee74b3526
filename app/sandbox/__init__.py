"""The training sandbox page at /sandbox/: agents, their screens, the API console and log."""

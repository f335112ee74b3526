"""Every answer line of the Agent API, as the real api.php 2.14-82 prints it.

`shared` holds the lines of the checks every function makes; each family of
functions has its own module. Where the real text differs from
docs/AGENT_API.txt the real text is here, and a comment says so.
"""

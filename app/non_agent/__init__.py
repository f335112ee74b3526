"""The Non-Agent API (`/vicidial/non_agent_api.php`): the functions CRMs use to read state.

The same shape as the Agent API: the request is filtered, checked and
dispatched to a handler registered under the function's name; the checks,
the answer lines and the log rows are the real non_agent_api.php's own.
"""

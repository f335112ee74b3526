"""The simulated agent screen: what a real agent's browser does with the API's flags."""

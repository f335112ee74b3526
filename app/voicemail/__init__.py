"""The voicemail drop (what an answering machine hears) and the agent's VM button."""

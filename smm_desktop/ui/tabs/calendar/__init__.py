"""The Calendar tab: the month plan, the idea bank and the list of posts."""

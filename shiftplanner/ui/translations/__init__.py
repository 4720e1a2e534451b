"""Qt Linguist translations of the user interface: the .ts sources and compiled .qm files."""

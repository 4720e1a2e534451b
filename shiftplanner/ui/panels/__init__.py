"""Side panels beside the board: findings and goals."""

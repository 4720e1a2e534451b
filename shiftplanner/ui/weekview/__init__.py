"""The week board: a pure layout (geometry, content) and the widget that paints it."""

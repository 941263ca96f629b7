"""The API's resources, one module each; ``InstaView`` loads them on first use."""

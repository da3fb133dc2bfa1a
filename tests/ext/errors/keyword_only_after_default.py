# The entry point knows the defaults of trailing parameters only.
def connect(host: str = "localhost", *, port: int) -> str:  # error: keyword-only parameter 'port' of exported function 'connect' has no default but a parameter before it has one
    return f"{host}:{port}"


def fine(host: str, *, port: int, timeout: float = 1.0) -> str:
    return f"{host}:{port} {timeout}"


def _private(host: str = "localhost", *, port: int) -> str:
    return f"{host}:{port}"

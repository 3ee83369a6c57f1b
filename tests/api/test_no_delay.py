"""TCP_NODELAY on the service's connections, whatever socket uvicorn accepted them on.

With `screening serve --workers N` uvicorn binds the workers' shared socket with
`socket.socket(family)`: its `proto` reads 0, so asyncio leaves Nagle's algorithm on for its
connections, and a response written in two parts waited ~40 ms for the client's delayed ACK.
"""

from __future__ import annotations

import socket

from api.limits import _no_delay


class _Transport:
    def __init__(self, sock: socket.socket | None):
        self._sock = sock

    def get_extra_info(self, name: str):
        return self._sock if name == "socket" else None


def _accepted_from_a_socket_bound_as_uvicorn_workers_bind_it():
    listener = socket.socket(socket.AF_INET)
    listener.bind(("127.0.0.1", 0))
    listener.listen()
    client = socket.create_connection(listener.getsockname())
    accepted, _ = listener.accept()
    listener.close()
    return client, accepted


def test_a_connection_on_a_socket_of_proto_0_gets_no_delay():
    client, accepted = _accepted_from_a_socket_bound_as_uvicorn_workers_bind_it()
    try:
        # Why asyncio does not do it: it sets TCP_NODELAY only when proto reads IPPROTO_TCP.
        assert accepted.proto == 0
        assert accepted.getsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY) == 0
        _no_delay(_Transport(accepted))
        assert accepted.getsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY) != 0
    finally:
        client.close()
        accepted.close()


def test_no_socket_or_a_closed_one_is_left_alone():
    _no_delay(_Transport(None))
    client, accepted = _accepted_from_a_socket_bound_as_uvicorn_workers_bind_it()
    client.close()
    accepted.close()
    _no_delay(_Transport(accepted))  # a closed socket: OSError swallowed, nothing raised

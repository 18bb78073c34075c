#!/usr/bin/env python3
"""A fast HTTP/1.1 server on 127.0.0.1 that serves a folder of saved pages from
memory under as many distinct URLs as a benchmark wants.

    python bench/pageserver.py --pages DIR [--port 0] [--core N]

``/p/<i>/<name>`` serves page ``i`` modulo the number of pages (any ``<name>``),
as UTF-8 with ``Content-Type: text/html; charset=utf-8`` and keep-alive; every
other path is a 404 (``/robots.txt`` included).  It prints ``listening on PORT``
once ready and serves until killed.  Standard library only (asyncio), so that it
costs the crawler under test as little CPU as possible; pin it to another core
than the crawler with ``--core``.
"""

from __future__ import annotations

import argparse
import asyncio
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from benchpages import DEFAULT_PAGES, load_pages, pin_to_one_core  # noqa: E402

_NOT_FOUND = (b"HTTP/1.1 404 Not Found\r\nContent-Type: text/plain\r\nContent-Length: 9\r\n\r\nnot found")


def build_responses(pages: list[tuple[str, str]]) -> list[bytes]:
    out = []
    for _, html in pages:
        body = html.encode("utf-8", errors="replace")
        head = (f"HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n"
                f"Content-Length: {len(body)}\r\n\r\n").encode("ascii")
        out.append(head + body)
    return out


def respond(responses: list[bytes], request_line: bytes) -> bytes:
    parts = request_line.split(b" ")
    if len(parts) < 2 or not parts[1].startswith(b"/p/"):
        return _NOT_FOUND
    number = parts[1][3:].split(b"/", 1)[0]
    if not number.isdigit():
        return _NOT_FOUND
    return responses[int(number) % len(responses)]


class PageProtocol(asyncio.Protocol):
    def __init__(self, responses: list[bytes]):
        self.responses = responses
        self.buffer = b""
        self.transport = None

    def connection_made(self, transport):
        self.transport = transport

    def data_received(self, data: bytes):
        self.buffer += data
        # GET requests carry no body: a request ends at its blank line.
        while b"\r\n\r\n" in self.buffer:
            head, _, self.buffer = self.buffer.partition(b"\r\n\r\n")
            self.transport.write(respond(self.responses, head.split(b"\r\n", 1)[0]))
        if len(self.buffer) > 65536:
            self.transport.close()


async def serve(responses: list[bytes], port: int) -> None:
    loop = asyncio.get_running_loop()
    server = await loop.create_server(lambda: PageProtocol(responses), "127.0.0.1", port, backlog=512)
    print(f"listening on {server.sockets[0].getsockname()[1]}", flush=True)
    async with server:
        await server.serve_forever()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--pages", type=Path, default=DEFAULT_PAGES)
    parser.add_argument("--port", type=int, default=0, help="0 picks a free port")
    parser.add_argument("--core", type=int, default=None, help="CPU to pin the server to")
    args = parser.parse_args(argv)
    if args.core is not None:
        pin_to_one_core(args.core)
    responses = build_responses(load_pages(args.pages))
    try:
        asyncio.run(serve(responses, args.port))
    except KeyboardInterrupt:
        pass
    return 0


if __name__ == "__main__":
    sys.exit(main())

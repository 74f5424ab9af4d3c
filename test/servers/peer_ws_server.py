"""Independent WebSocket peer for the runtime tests, built on python3-websockets (Debian, 10.x).

Listens on 127.0.0.1, port 0, and prints the chosen port on stdout. Paths:
  /echo        echoes each message with its type (text or binary)
  /burst       sends a text message, a binary message with bytes 0..255, a fragmented text message, then closes 1000
  /headers     sends the request's User-Agent and Authorization as JSON, then waits
  /going-away  closes with 1001 at once
  /reject      refuses the handshake with 403
"""
import asyncio
import http
import json

import websockets


async def handler(websocket, path):
    if path == "/echo":
        async for message in websocket:
            await websocket.send(message)
    elif path == "/burst":
        await websocket.send("one")
        await websocket.send(bytes(range(256)))
        await websocket.send(["frag", "mented ", "✓"])
        await websocket.close(1000, "done")
    elif path == "/headers":
        headers = websocket.request_headers
        await websocket.send(json.dumps({"user_agent": headers.get("User-Agent"), "authorization": headers.get("Authorization")}))
        await websocket.wait_closed()
    elif path == "/going-away":
        await websocket.close(1001, "bye")


async def process_request(path, _request_headers):
    if path == "/reject":
        return http.HTTPStatus.FORBIDDEN, [("Content-Type", "text/plain")], b"forbidden by peer\n"
    return None


async def main():
    async with websockets.serve(handler, "127.0.0.1", 0, process_request=process_request) as server:
        port = next(iter(server.sockets)).getsockname()[1]
        print(port, flush=True)
        await asyncio.Event().wait()


if __name__ == "__main__":
    asyncio.run(main())

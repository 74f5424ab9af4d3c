"""Independent SSE / chunked HTTP peer for the runtime tests, built on aiohttp (Debian python3-aiohttp).

Listens on 127.0.0.1, port 0, and prints the chosen port on stdout. Routes:
  /sse             three events (LF and CRLF endings, a comment), then the end
  /sse-bytewise    an event stream written one byte at a time
  /sse-echo        one event holding the request method, body and Authorization header
  /chunks          a chunked octet-stream: a UTF-8 character split across two writes, then bytes 0..255
  /status/{code}   that status with a text/plain body
  /wrong-type      200 with Content-Type text/plain
"""
import asyncio
import json

from aiohttp import web


async def sse(request):
    response = web.StreamResponse(headers={"Content-Type": "text/event-stream", "X-Peer": "aiohttp"})
    await response.prepare(request)
    await response.write(b"event: greet\ndata: hello\n\n")
    await response.write(b": comment\n\n")
    await response.write(b"id: 3\r\ndata: line one\r\ndata: line two\r\n\r\n")
    await response.write_eof()
    return response


async def sse_bytewise(request):
    response = web.StreamResponse(headers={"Content-Type": "text/event-stream"})
    await response.prepare(request)
    for byte in "event: a\r\ndata: é✓\r\n\r\ndata: z\n\n".encode("utf-8"):
        await response.write(bytes([byte]))
        await asyncio.sleep(0.001)
    await response.write_eof()
    return response


async def sse_echo(request):
    body = await request.text()
    payload = {"method": request.method, "body": body, "authorization": request.headers.get("Authorization")}
    response = web.StreamResponse(headers={"Content-Type": "text/event-stream"})
    await response.prepare(request)
    await response.write(f"data: {json.dumps(payload, ensure_ascii=False, separators=(',', ':'))}\n\n".encode("utf-8"))
    await response.write_eof()
    return response


async def chunks(request):
    response = web.StreamResponse(headers={"Content-Type": "application/octet-stream"})
    response.enable_chunked_encoding()
    await response.prepare(request)
    await response.write(bytes([0x61, 0xE2, 0x9C]))
    await asyncio.sleep(0.02)
    await response.write(bytes([0x93, 0x62]))
    await asyncio.sleep(0.02)
    await response.write(bytes(range(256)))
    await response.write_eof()
    return response


async def status(request):
    code = int(request.match_info["code"])
    return web.Response(status=code, text=f"status {code} from aiohttp", content_type="text/plain")


async def wrong_type(request):
    return web.Response(status=200, text="data: not sse\n\n", content_type="text/plain")


async def main():
    app = web.Application()
    app.router.add_route("*", "/sse", sse)
    app.router.add_get("/sse-bytewise", sse_bytewise)
    app.router.add_route("*", "/sse-echo", sse_echo)
    app.router.add_get("/chunks", chunks)
    app.router.add_get("/status/{code}", status)
    app.router.add_get("/wrong-type", wrong_type)
    runner = web.AppRunner(app, access_log=None)
    await runner.setup()
    site = web.TCPSite(runner, "127.0.0.1", 0)
    await site.start()
    port = site._server.sockets[0].getsockname()[1]
    print(port, flush=True)
    await asyncio.Event().wait()


if __name__ == "__main__":
    asyncio.run(main())

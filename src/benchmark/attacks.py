#!/usr/bin/env python3
"""How a running service answers a reader while it is attacked (BENCHMARKS.md, "Under attack").

For each attack, two threads send it over and over for a few seconds while a reader asks a small
question every 50 ms; prints how long the attack's refusals and the reader's answers took.
Python 3's standard library only.

    java -Xmx1g -jar target/accord-graph.jar --accord.security.users.ada.password='{noop}pw' \\
         --accord.security.users.ada.roles=ADMIN &
    python3 src/benchmark/attacks.py --url http://localhost:8080 --user ada --password pw
"""
import argparse
import base64
import http.client
import io
import json
import select
import socket
import statistics
import threading
import time
import urllib.parse
import zipfile


def request(url, method, path, body=None, headers=None, timeout=60):
    """Sends one request on a connection of its own; returns (status, seconds)."""
    parts = urllib.parse.urlsplit(url)
    connection = http.client.HTTPConnection(parts.hostname, parts.port, timeout=timeout)
    started = time.perf_counter()
    try:
        connection.request(method, path, body=body, headers=headers or {})
        answer = connection.getresponse()
        answer.read()
        return answer.status, time.perf_counter() - started
    except (ConnectionError, socket.timeout, http.client.HTTPException):
        return 0, time.perf_counter() - started
    finally:
        connection.close()


def upload(url, path, size, headers):
    """Sends headers saying a body of that size, then the body while the service lets it, reading its
    answer as soon as one comes: a refusal before the body is read is seen as such. (status, seconds)"""
    parts = urllib.parse.urlsplit(url)
    started = time.perf_counter()
    s = socket.create_connection((parts.hostname, parts.port), timeout=60)
    try:
        head = "POST %s HTTP/1.1\r\nHost: %s\r\nContent-Length: %d\r\n" % (path, parts.netloc, size)
        head += "".join("%s: %s\r\n" % item for item in headers.items()) + "\r\n"
        s.sendall(head.encode())
        chunk = (b"#" + b"x" * 78 + b"\n") * 800
        sent = 0
        while sent < size:
            ready, _, _ = select.select([s], [], [], 0)
            if ready:
                break
            try:
                s.sendall(chunk[:min(len(chunk), size - sent)])
            except OSError:
                break
            sent += len(chunk)
        answer = s.recv(64)
        return (int(answer[9:12]) if answer[:5] == b"HTTP/" else 0), time.perf_counter() - started
    except OSError:
        return 0, time.perf_counter() - started
    finally:
        s.close()


def graphql(document):
    return json.dumps({"query": document}).encode()


def fan_out(levels):
    lines = ["{ ...F%d }" % levels, "fragment F0 on Query { __typename }"]
    lines += ["fragment F%d on Query { ...F%d ...F%d }" % (i, i - 1, i - 1) for i in range(1, levels + 1)]
    return "\n".join(lines)


def zip_bomb(megabytes):
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        with z.open("bomb.yaml", "w") as entry:
            block = b" " * (1024 * 1024)
            for _ in range(megabytes):
                entry.write(block)
    return out.getvalue()


def handshake_flood(url):
    parts = urllib.parse.urlsplit(url)
    held = []
    statuses = []
    for _ in range(25):
        s = socket.create_connection((parts.hostname, parts.port), timeout=10)
        s.sendall(("GET /graphql-ws HTTP/1.1\r\nHost: %s\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
                   "Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\n"
                   "Sec-WebSocket-Protocol: graphql-transport-ws\r\n\r\n" % parts.netloc).encode())
        statuses.append(int(s.recv(64)[9:12]))
        held.append(s)
    for s in held:
        s.close()
    return 429 if 429 in statuses else statuses[-1]


def measure(name, attack, url, seconds):
    stop = threading.Event()
    refusals = []

    def attacker():
        while not stop.is_set():
            refusals.append(attack())

    threads = [threading.Thread(target=attacker) for _ in range(2)]
    for t in threads:
        t.start()
    reader = []
    ended = time.time() + seconds
    while time.time() < ended:
        status, took = request(url, "POST", "/graphql", graphql('{ country(code: "KZ") { name } }'),
                               {"Content-Type": "application/json"})
        reader.append(took if status == 200 else float("inf"))
        time.sleep(0.05)
    stop.set()
    for t in threads:
        t.join()
    times = sorted(r[1] for r in refusals)
    statuses = sorted({r[0] for r in refusals})
    print("| %s | %s | %d | %.0f / %.0f ms | %.1f / %.1f / %.1f ms | %d |" % (
        name, ", ".join(map(str, statuses)), len(refusals), 1000 * statistics.median(times), 1000 * times[-1],
        1000 * statistics.median(reader), 1000 * sorted(reader)[int(0.99 * (len(reader) - 1))], 1000 * max(reader),
        len(reader)))


def main():
    options = argparse.ArgumentParser()
    options.add_argument("--url", default="http://localhost:8080")
    options.add_argument("--user", required=True)
    options.add_argument("--password", required=True)
    options.add_argument("--seconds", type=float, default=10)
    arguments = options.parse_args()
    url = arguments.url
    admin = "Basic " + base64.b64encode(("%s:%s" % (arguments.user, arguments.password)).encode()).decode()
    json_type = {"Content-Type": "application/json"}
    bomb = zip_bomb(256)
    attacks = [
        ("fragments spread twice over, 30 levels", lambda: request(url, "POST", "/graphql", graphql(fan_out(30)), json_type)),
        ("700 aliases of a list", lambda: request(url, "POST", "/graphql", graphql(
            "{ " + " ".join("a%d: organisations(first: 100) { totalCount pageInfo { hasNextPage } }" % i
                            for i in range(700)) + " }"), json_type)),
        ("a 9 MB GraphQL body", lambda: upload(url, "/graphql", 9 * 1024 * 1024, json_type)),
        ("a 200 MB import", lambda: upload(url, "/import", 200 * 1024 * 1024, {
            "Content-Type": "application/yaml", "Authorization": admin})),
        ("a zip of 256 MB of spaces (250 KB sent)", lambda: request(url, "POST", "/import", bomb, {
            "Content-Type": "application/zip", "Authorization": admin})),
        ("a source text outside the upload", lambda: request(url, "POST", "/import",
            b'sources:\n  - {slug: x, title: X, noUrl: x, text: "../../../../../../proc/self/cmdline"}\n',
            {"Content-Type": "application/yaml", "Authorization": admin})),
        ("wrong passwords", lambda: request(url, "POST", "/graphql", graphql("{ viewer { name } }"), {
            "Content-Type": "application/json",
            "Authorization": "Basic " + base64.b64encode(b"nobody:guess").decode()})),
        ("25 WebSocket handshakes held from one address", lambda: (handshake_flood(url), 0)),
    ]
    print("| attack | statuses | sent | refusal p50 / max | reader p50 / p99 / max | reader asked |")
    print("| --- | --- | ---: | ---: | ---: | ---: |")
    measure("none (the reader alone)", lambda: (time.sleep(0.05) or 0, 0.0), url, arguments.seconds)
    for name, attack in attacks:
        measure(name, attack, url, arguments.seconds)


if __name__ == "__main__":
    main()

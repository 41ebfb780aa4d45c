#!/usr/bin/env python3
"""A scripted fake LLM provider for PokerFace's tests and benchmarks (python3 standard library only).

Real HTTP/1.1 on 127.0.0.1, keep-alive, three dialects chosen by the request path:
  OpenAI chat completions  .../chat/completions
  Anthropic Messages       .../messages
  Gemini generateContent   .../models/<model>:generateContent  and  :streamGenerateContent?alt=sse
Each dialect answers plain JSON, or server-sent events when the request asks to stream
(OpenAI/Anthropic `"stream": true`, Gemini's stream path).

Usage:  python3 scripts/fake_llm_server.py [--port 0] [--port-file PATH] [--parent-pid PID]
It prints "PORT <n>" on its first stdout line (and writes n to --port-file). With --parent-pid it exits
when that process is gone, so a crashed test run leaves nothing behind.

Scenarios: a test gives each case its own base URL  http://127.0.0.1:<port>/s/<scenario>/v1  (Gemini:
.../s/<scenario>/v1beta) and scripts it first:
  POST /_scenario/<scenario>   {"steps": [step, ...]}   (resets that scenario's request log)
  GET  /_scenario/<scenario>   {"count": n, "requests": [{"path", "headers", "body"}, ...]}
Request k of the scenario plays steps[k] (the last step repeats). An unscripted scenario, or a path
without /s/<scenario>, plays one default step (a normal decision answer). A step may hold:
  delay_ms        wait before answering (a "hang" is a long delay)
  status          HTTP status (default 200); non-2xx statuses send an error body in the dialect's shape
  headers         extra response headers, e.g. {"Retry-After": "1"}
  content         the assistant text (default: a decision JSON object)
  fence           wrap the content in a ```json code fence
  finish          "stop" (default) or "length"
  usage           {"input": 12, "output": 20, "cached": 0, "reasoning": 0}
  body / body_hex a raw body sent as is (text, or hex bytes: e.g. invalid UTF-8)
  huge_bytes      pad the content to this many bytes
  truncate        announce a longer Content-Length than sent, then close
  close           close the connection without answering
  echo_auth       the error message quotes the request's credential headers (a key-leak probe)
  chunks          stream pieces (default: the content in 12-character pieces)
  interval_ms     delay between stream events
  stop_after      stream only this many pieces, then close without the final event
  hold_after      stream this many pieces, then wait until the scenario is released (at most 60 s)
  hold_until_count  wait until the scenario has received this many requests, then answer (all of them
                  in flight at once); after 60 s without them, answer 504 (the test then fails on it)
  POST /_scenario/<scenario>/release   lets held streams of that scenario go on
Tests wait for these conditions instead of sleeping: nothing here is timed by the test.
"""
import argparse
import json
import os
import signal
import socket
import sys
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

DECISION = {"action": "call", "raise_to": 0, "inner_monologue": "Pot odds are fine; I call."}
LOCK = threading.Lock()
CHANGED = threading.Condition(LOCK)  # notified when a scenario logs a request or is released
HOLD_CAP_S = 60.0
SCENARIOS = {}  # name -> {"steps": [...], "next": int, "log": [...]}
COUNTER = [0]


def next_id():
    with LOCK:
        COUNTER[0] += 1
        return COUNTER[0]


def take_step(name):
    """The step for the next request of scenario `name`, logging nothing (the caller logs)."""
    with LOCK:
        sc = SCENARIOS.setdefault(name, {"steps": [{}], "next": 0, "log": []})
        steps = sc["steps"] or [{}]
        step = steps[min(sc["next"], len(steps) - 1)]
        sc["next"] += 1
        return step


def log_request(name, path, headers, body):
    with LOCK:
        sc = SCENARIOS.setdefault(name, {"steps": [{}], "next": 0, "log": []})
        sc["log"].append({"path": path, "headers": headers, "body": body})
        CHANGED.notify_all()


def wait_for(predicate):
    """Waits (at most HOLD_CAP_S) until predicate() holds under LOCK; returns whether it did."""
    with CHANGED:
        return CHANGED.wait_for(predicate, timeout=HOLD_CAP_S)


def released(name):
    return lambda: SCENARIOS.get(name, {}).get("released", False)


def received(name, count):
    return lambda: len(SCENARIOS.get(name, {}).get("log", [])) >= count


def dialect_of(path):
    p = path.split("?")[0]
    if p.endswith("/chat/completions"):
        return "openai"
    if p.endswith("/messages"):
        return "anthropic"
    if ":generateContent" in p or ":streamGenerateContent" in p:
        return "gemini"
    return None


class Server(ThreadingHTTPServer):
    daemon_threads = True
    request_queue_size = 512  # the listen() backlog: 64 clients connecting at once must not lose SYNs


class Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def setup(self):
        super().setup()
        # Headers and body go out in separate writes: without TCP_NODELAY, Nagle plus the client's delayed
        # ACK add ~40 ms to every answer.
        self.connection.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)

    def log_message(self, *args):
        pass

    # ---- plumbing -------------------------------------------------------------------------
    def send_bytes(self, status, body, content_type="application/json", headers=None, length=None):
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body) if length is None else length))
        for k, v in (headers or {}).items():
            self.send_header(k, str(v))
        self.end_headers()
        self.wfile.write(body)
        self.wfile.flush()

    def send_json(self, status, obj, headers=None):
        self.send_bytes(status, json.dumps(obj).encode(), headers=headers)

    def read_body(self):
        n = int(self.headers.get("Content-Length", "0") or "0")
        raw = self.rfile.read(n) if n else b""
        try:
            return raw, json.loads(raw or b"{}")
        except ValueError:
            return raw, None

    # ---- control and health ---------------------------------------------------------------
    def do_GET(self):
        if self.path == "/health":
            return self.send_json(200, {"status": "ok"})
        if self.path.startswith("/_scenario/"):
            name = self.path[len("/_scenario/"):]
            with LOCK:
                sc = SCENARIOS.get(name, {"log": []})
                out = {"count": len(sc["log"]), "requests": list(sc["log"])}
            return self.send_json(200, out)
        self.send_json(404, {"error": {"message": "not found"}})

    def do_POST(self):
        raw, body = self.read_body()
        if self.path.startswith("/_scenario/") and self.path.endswith("/release"):
            name = self.path[len("/_scenario/"):-len("/release")]
            with CHANGED:
                SCENARIOS.setdefault(name, {"steps": [{}], "next": 0, "log": []})["released"] = True
                CHANGED.notify_all()
            return self.send_json(200, {"ok": True, "released": name})
        if self.path.startswith("/_scenario/"):
            name = self.path[len("/_scenario/"):]
            with LOCK:
                SCENARIOS[name] = {"steps": (body or {}).get("steps") or [{}], "next": 0, "log": []}
            return self.send_json(200, {"ok": True, "scenario": name})
        name, rest = "default", self.path
        if self.path.startswith("/s/"):
            parts = self.path.split("/", 3)
            if len(parts) < 4:
                return self.send_json(404, {"error": {"message": "no scenario path"}})
            name, rest = parts[2], "/" + parts[3]
        dialect = dialect_of(rest)
        if dialect is None:
            return self.send_json(404, {"error": {"message": "unknown endpoint " + rest}})
        headers = {k.lower(): v for k, v in self.headers.items()}
        log_request(name, rest, headers, body if body is not None else raw.decode("utf-8", "replace"))
        self.play(take_step(name), dialect, rest, body or {}, headers, name)

    # ---- answering --------------------------------------------------------------------------
    def play(self, step, dialect, path, req, headers, scenario="default"):
        if step.get("hold_until_count") and not wait_for(received(scenario, int(step["hold_until_count"]))):
            return self.send_error_body(504, dialect, {}, headers, {})
        if step.get("delay_ms"):
            time.sleep(step["delay_ms"] / 1000.0)
        if step.get("close"):
            self.close_connection = True
            return
        extra = dict(step.get("headers") or {})
        n = next_id()
        if dialect != "gemini":  # Gemini puts its id in the body only
            extra.setdefault("x-request-id" if dialect == "openai" else "request-id", "req_fake_%d" % n)
        status = int(step.get("status", 200))
        if "body_hex" in step or "body" in step:
            data = bytes.fromhex(step["body_hex"]) if "body_hex" in step else step["body"].encode()
            return self.send_bytes(status, data, headers=extra)
        if status >= 400:
            return self.send_error_body(status, dialect, step, headers, extra)
        content = step.get("content")
        if content is None:
            content = json.dumps(DECISION)
        if step.get("fence"):
            content = "```json\n" + content + "\n```"
        if step.get("huge_bytes"):
            content = content + " " * max(0, int(step["huge_bytes"]) - len(content))
        usage = {"input": 12, "output": 20, "cached": 0, "reasoning": 0}
        usage.update(step.get("usage") or {})
        model = req.get("model") or (path.split("/models/")[-1].split(":")[0] if "/models/" in path else "fake")
        streaming = req.get("stream") is True or ":streamGenerateContent" in path
        if streaming:
            return self.stream(step, dialect, content, usage, model, req, n, extra, scenario)
        obj = build_reply(dialect, content, step.get("finish", "stop"), usage, model, req, n)
        data = json.dumps(obj).encode()
        if step.get("truncate"):
            self.send_bytes(status, data[: len(data) // 2], headers=extra, length=len(data))
            self.close_connection = True
            return
        self.send_bytes(status, data, headers=extra)

    def send_error_body(self, status, dialect, step, headers, extra):
        message = "scripted failure %d" % status
        if step.get("echo_auth"):
            creds = [headers.get(h, "") for h in ("authorization", "x-api-key", "x-goog-api-key")]
            message += " for credential " + " ".join(c for c in creds if c)
        if dialect == "anthropic":
            obj = {"type": "error", "error": {"type": "api_error", "message": message}}
        elif dialect == "gemini":
            obj = {"error": {"code": status, "message": message, "status": "UNAVAILABLE"}}
        else:
            obj = {"error": {"message": message, "type": "server_error", "code": status}}
        self.send_json(status, obj, headers=extra)

    def stream(self, step, dialect, content, usage, model, req, n, extra, scenario):
        pieces = step.get("chunks") or [content[i:i + 12] for i in range(0, len(content), 12)] or [""]
        interval = step.get("interval_ms", 0) / 1000.0
        stop_after = step.get("stop_after")
        hold_after = step.get("hold_after")
        finish = step.get("finish", "stop")
        self.send_response(200)
        self.send_header("Content-Type", "text/event-stream")
        self.send_header("Cache-Control", "no-cache")
        self.send_header("Connection", "close")
        for k, v in extra.items():
            self.send_header(k, str(v))
        self.end_headers()
        self.close_connection = True
        events = stream_events(dialect, pieces, finish, usage, model, req, n)
        try:
            for i, (kind, ev) in enumerate(events):
                if stop_after is not None and kind == "piece" and ev[1] >= stop_after:
                    return
                if hold_after is not None and kind == "piece" and ev[1] == hold_after:
                    wait_for(released(scenario))
                payload = ev[0] if kind == "piece" else ev
                self.wfile.write(payload)
                self.wfile.flush()
                if kind == "piece" and interval:
                    time.sleep(interval)
        except (BrokenPipeError, ConnectionResetError):
            return


def openai_usage(u):
    return {"prompt_tokens": u["input"], "completion_tokens": u["output"] + u["reasoning"],
            "total_tokens": u["input"] + u["output"] + u["reasoning"],
            "prompt_tokens_details": {"cached_tokens": u["cached"]},
            "completion_tokens_details": {"reasoning_tokens": u["reasoning"]}}


def anthropic_tool(req):
    choice = req.get("tool_choice") or {}
    return choice.get("name") if choice.get("type") == "tool" else None


def build_reply(dialect, content, finish, usage, model, req, n):
    if dialect == "openai":
        return {"id": "chatcmpl-fake-%d" % n, "object": "chat.completion", "created": int(time.time()),
                "model": model,
                "choices": [{"index": 0, "message": {"role": "assistant", "content": content},
                             "finish_reason": finish}],
                "usage": openai_usage(usage)}
    if dialect == "anthropic":
        tool = anthropic_tool(req)
        block = {"type": "text", "text": content}
        stop = "max_tokens" if finish == "length" else "end_turn"
        if tool:
            try:
                block = {"type": "tool_use", "id": "toolu_fake_%d" % n, "name": tool, "input": json.loads(content)}
                stop = "tool_use"
            except ValueError:
                pass
        return {"id": "msg_fake_%d" % n, "type": "message", "role": "assistant", "model": model,
                "content": [block], "stop_reason": stop,
                "usage": {"input_tokens": usage["input"] - usage["cached"], "output_tokens": usage["output"],
                          "cache_read_input_tokens": usage["cached"], "cache_creation_input_tokens": 0}}
    return {"candidates": [{"content": {"role": "model", "parts": [{"text": content}]},
                            "finishReason": "MAX_TOKENS" if finish == "length" else "STOP"}],
            "usageMetadata": gemini_usage(usage), "modelVersion": model, "responseId": "resp-fake-%d" % n}


def gemini_usage(u):
    return {"promptTokenCount": u["input"], "candidatesTokenCount": u["output"],
            "cachedContentTokenCount": u["cached"], "thoughtsTokenCount": u["reasoning"],
            "totalTokenCount": u["input"] + u["output"] + u["reasoning"]}


def sse(obj, event=None):
    head = ("event: %s\n" % event) if event else ""
    return (head + "data: " + json.dumps(obj) + "\n\n").encode()


def stream_events(dialect, pieces, finish, usage, model, req, n):
    """Yields ("piece", (bytes, index)) for content events and ("meta", bytes) for the others."""
    if dialect == "openai":
        base = {"id": "chatcmpl-fake-%d" % n, "object": "chat.completion.chunk", "model": model}
        for i, p in enumerate(pieces):
            delta = {"content": p} if i else {"role": "assistant", "content": p}
            yield "piece", (sse(dict(base, choices=[{"index": 0, "delta": delta, "finish_reason": None}])), i)
        yield "meta", sse(dict(base, choices=[{"index": 0, "delta": {}, "finish_reason": finish}]))
        yield "meta", sse(dict(base, choices=[], usage=openai_usage(usage)))
        yield "meta", b"data: [DONE]\n\n"
    elif dialect == "anthropic":
        yield "meta", sse({"type": "message_start", "message": {
            "id": "msg_fake_%d" % n, "type": "message", "role": "assistant", "model": model, "content": [],
            "usage": {"input_tokens": usage["input"] - usage["cached"], "output_tokens": 1,
                      "cache_read_input_tokens": usage["cached"]}}}, "message_start")
        yield "meta", sse({"type": "content_block_start", "index": 0,
                           "content_block": {"type": "text", "text": ""}}, "content_block_start")
        for i, p in enumerate(pieces):
            yield "piece", (sse({"type": "content_block_delta", "index": 0,
                                 "delta": {"type": "text_delta", "text": p}}, "content_block_delta"), i)
        yield "meta", sse({"type": "content_block_stop", "index": 0}, "content_block_stop")
        yield "meta", sse({"type": "message_delta",
                           "delta": {"stop_reason": "max_tokens" if finish == "length" else "end_turn"},
                           "usage": {"output_tokens": usage["output"]}}, "message_delta")
        yield "meta", sse({"type": "message_stop"}, "message_stop")
    else:
        for i, p in enumerate(pieces):
            cand = {"content": {"role": "model", "parts": [{"text": p}]}}
            if i == len(pieces) - 1:
                cand["finishReason"] = "MAX_TOKENS" if finish == "length" else "STOP"
            obj = {"candidates": [cand], "modelVersion": model, "responseId": "resp-fake-%d" % n}
            if i == len(pieces) - 1:
                obj["usageMetadata"] = gemini_usage(usage)
            yield "piece", (sse(obj), i)


def watch_parent(pid):
    while True:
        try:
            os.kill(pid, 0)
        except OSError:
            os._exit(0)
        if os.getppid() == 1 and pid != 1:
            os._exit(0)
        time.sleep(0.5)


def main():
    # A parent that spawned us from a worker thread may have passed on a blocked signal mask (Foundation
    # Process does): unblock everything so SIGTERM and SIGINT stop the server.
    signal.pthread_sigmask(signal.SIG_UNBLOCK, set(signal.Signals))
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    ap = argparse.ArgumentParser(description="Scripted fake LLM provider (127.0.0.1 only).")
    ap.add_argument("--port", type=int, default=0)
    ap.add_argument("--port-file")
    ap.add_argument("--parent-pid", type=int)
    args = ap.parse_args()
    server = Server(("127.0.0.1", args.port), Handler)
    port = server.server_address[1]
    if args.port_file:
        tmp = args.port_file + ".tmp"
        with open(tmp, "w") as f:
            f.write(str(port))
        os.replace(tmp, args.port_file)
    print("PORT %d" % port, flush=True)
    if args.parent_pid:
        threading.Thread(target=watch_parent, args=(args.parent_pid,), daemon=True).start()
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass


if __name__ == "__main__":
    main()

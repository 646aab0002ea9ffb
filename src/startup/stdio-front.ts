// The fast stdio front: answers initialize, ping and tools/list from the build-time manifest while nothing heavy is
// loaded, and hands the conversation to the real SDK server on the first request it cannot answer itself. The SDK
// server then receives the same initialize handshake (its duplicate answer is dropped) and every later message.
import type { Transport } from "@modelcontextprotocol/sdk/shared/transport.js";
import type { JSONRPCMessage } from "@modelcontextprotocol/sdk/types.js";
import type { Config } from "../config.js";
import { type StartupManifest, toolsFor, variantKey } from "./manifest.js";

type Message = JSONRPCMessage & { id?: string | number; method?: string; params?: Record<string, unknown> };

/** Connects the real server to a transport; resolves once it listens. */
export type ConnectFullServer = (transport: Transport) => Promise<void>;

class HandoverTransport implements Transport {
  onmessage?: Transport["onmessage"];
  onclose?: () => void;
  onerror?: (error: Error) => void;
  private readonly dropped = new Set<string | number>();

  constructor(private readonly write: (message: JSONRPCMessage) => void) {}

  async start(): Promise<void> {}

  async send(message: JSONRPCMessage): Promise<void> {
    const id = (message as Message).id;
    if (id !== undefined && !("method" in message) && this.dropped.delete(id)) return;
    this.write(message);
  }

  async close(): Promise<void> {
    this.onclose?.();
  }

  /** Replays a request the front already answered; the server's answer to it is not sent again. */
  replay(message: Message): void {
    if (message.id !== undefined) this.dropped.add(message.id);
    this.onmessage?.(message);
  }
}

export function serveStdioFront(
  config: Config,
  manifest: StartupManifest,
  connectFull: () => Promise<ConnectFullServer>,
) {
  const write = (message: object) => process.stdout.write(`${JSON.stringify(message)}\n`);
  const answered: Message[] = [];
  const waiting: Message[] = [];
  let transport: HandoverTransport | null = null;
  let loading: Promise<void> | null = null;

  const answerLocally = (message: Message): boolean => {
    if (message.method === "initialize" && message.id !== undefined) {
      const requested = String(message.params?.protocolVersion ?? "");
      const protocolVersion = manifest.protocolVersions.includes(requested)
        ? requested
        : manifest.protocolVersions[0];
      write({
        jsonrpc: "2.0",
        id: message.id,
        result: {
          protocolVersion,
          capabilities: manifest.capabilities[variantKey(config)] ?? {},
          serverInfo: manifest.serverInfo,
          ...(manifest.instructions ? { instructions: manifest.instructions } : {}),
        },
      });
      answered.push(message);
      return true;
    }
    if (message.method === "notifications/initialized") {
      answered.push(message);
      return true;
    }
    if (message.method === "ping" && message.id !== undefined) {
      write({ jsonrpc: "2.0", id: message.id, result: {} });
      return true;
    }
    if (message.method === "tools/list" && message.id !== undefined && !message.params?.cursor) {
      write({ jsonrpc: "2.0", id: message.id, result: { tools: toolsFor(manifest, config) } });
      return true;
    }
    return false;
  };

  const handOver = () => {
    loading ??= connectFull().then(async (connect) => {
      const handover = new HandoverTransport(write);
      await connect(handover);
      for (const message of answered) handover.replay(message);
      transport = handover;
      for (const message of waiting.splice(0)) handover.onmessage?.(message);
    });
    loading.catch((error: unknown) => {
      process.stderr.write(
        `oncall-mentor-mcp: could not start the server: ${error instanceof Error ? error.message : String(error)}\n`,
      );
      process.exit(2);
    });
  };

  const receive = (message: Message) => {
    if (transport) transport.onmessage?.(message);
    else if (loading) waiting.push(message);
    else if (!answerLocally(message)) {
      waiting.push(message);
      handOver();
    }
  };

  let buffer = "";
  process.stdin.on("data", (chunk: Buffer) => {
    buffer += chunk.toString("utf8");
    let newline = buffer.indexOf("\n");
    while (newline >= 0) {
      const line = buffer.slice(0, newline).replace(/\r$/, "");
      buffer = buffer.slice(newline + 1);
      newline = buffer.indexOf("\n");
      if (!line.trim()) continue;
      let message: Message;
      try {
        message = JSON.parse(line) as Message;
      } catch {
        write({
          jsonrpc: "2.0",
          id: null,
          error: { code: -32700, message: "Parse error: a line is not JSON." },
        });
        continue;
      }
      receive(message);
    }
  });
  process.stdin.on("end", () => {
    void (transport as HandoverTransport | null)?.close();
  });
}

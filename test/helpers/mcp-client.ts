// Real MCP clients for tests, the hardening run and the bench: in-memory against createServer, over stdio against the
// built server, or over Streamable HTTP against a running one. Every SDK Client here is set up by this module.
import { Client } from "@modelcontextprotocol/sdk/client/index.js";
import { StdioClientTransport } from "@modelcontextprotocol/sdk/client/stdio.js";
import { StreamableHTTPClientTransport } from "@modelcontextprotocol/sdk/client/streamableHttp.js";
import { InMemoryTransport } from "@modelcontextprotocol/sdk/inMemory.js";
import type { Transport } from "@modelcontextprotocol/sdk/shared/transport.js";
import type { CallToolResult, ClientCapabilities } from "@modelcontextprotocol/sdk/types.js";
import { parseConfig } from "../../src/config-parse.js";
import type { Sources } from "../../src/ports/sources.js";
import type { AppContext } from "../../src/server/app-context.js";
import { createServer } from "../../src/server/create-server.js";
import { createSources } from "../../src/sources/select.js";
import { BUILT_SERVER, REPO_ROOT, requireBuiltServer } from "./paths.js";

type Call = (name: string, args?: Record<string, unknown>) => Promise<CallToolResult>;

export interface ClientOptions {
  /** The name the client gives in initialize; "test-client" unless said. */
  name?: string;
  /** What the client declares, e.g. sampling. */
  capabilities?: ClientCapabilities;
  /** Runs before the client connects: where a test sets request handlers (createMessage, …). */
  prepare?: (client: Client) => void;
}

function newClient(options: ClientOptions): Client {
  const client = new Client(
    { name: options.name ?? "test-client", version: "1.0.0" },
    options.capabilities ? { capabilities: options.capabilities } : undefined,
  );
  options.prepare?.(client);
  return client;
}

const callOn =
  (client: Client): Call =>
  (name, args = {}) =>
    client.callTool({ name, arguments: args }) as Promise<CallToolResult>;

/** Something an in-memory client can talk to: an McpServer (or the SDK's Server). */
interface ConnectableServer {
  connect(transport: Transport): Promise<void>;
  close(): Promise<void>;
}

export interface LinkedClient {
  client: Client;
  call: Call;
  close(): Promise<void>;
}

/** A client linked to `server` by an in-memory transport pair; close() closes both ends. */
export async function linkInMemory(
  server: ConnectableServer,
  options: ClientOptions = {},
): Promise<LinkedClient> {
  const [clientTransport, serverTransport] = InMemoryTransport.createLinkedPair();
  const client = newClient(options);
  await Promise.all([server.connect(serverTransport), client.connect(clientTransport)]);
  return {
    client,
    call: callOn(client),
    close: async () => {
      await client.close();
      await server.close();
    },
  };
}

export interface TestClient extends LinkedClient {
  /** The server's context, its sources already chosen. */
  app: AppContext & { sources: Sources };
  warnings: string[];
}

export interface InMemoryOptions extends ClientOptions {
  /**
   * The sources exactly as `npm start` makes them: octokit's throttling stays on, and with it the waiting out of
   * GitHub rate limits. Off by default, which skips octokit's write pacing.
   */
  asInProduction?: boolean;
}

/** A real SDK Client talking to createServer over an in-memory transport pair, configured as from env + flags. */
export async function connectInMemory(
  env: Record<string, string>,
  argv: string[] = [],
  options: InMemoryOptions = {},
): Promise<TestClient> {
  const config = parseConfig(env, argv, REPO_ROOT);
  const { sources } = await createSources(config, options.asInProduction ? {} : { githubThrottle: false });
  const warnings: string[] = [];
  const app: AppContext & { sources: Sources } = {
    config,
    sources,
    log: { info: () => {}, warn: (message) => warnings.push(message) },
  };
  const { server } = createServer(app);
  return { ...(await linkInMemory(server, options)), app, warnings };
}

export interface StdioOptions extends ClientOptions {
  /** The server's working directory; the test runner's unless said. */
  cwd?: string;
  /** Starts the server under `ulimit -n` with this many open files (through bash). */
  openFilesLimit?: number;
}

export interface StdioClient extends LinkedClient {
  /** What the server wrote to stderr so far, chunk by chunk. */
  stderr: string[];
  /** The server process's id (of bash, under openFilesLimit), once started. */
  pid(): number | null;
}

/** A real SDK Client spawning the built server (dist/main.js) over stdio, with only PATH and `env` set. */
export async function connectStdio(
  env: Record<string, string> = {},
  args: string[] = [],
  options: StdioOptions = {},
): Promise<StdioClient> {
  requireBuiltServer();
  const stderr: string[] = [];
  const launch =
    options.openFilesLimit === undefined
      ? { command: process.execPath, args: [BUILT_SERVER, ...args] }
      : {
          command: "bash",
          args: [
            "-c",
            `ulimit -n ${options.openFilesLimit} && exec "$@"`,
            "bash",
            process.execPath,
            BUILT_SERVER,
            ...args,
          ],
        };
  const transport = new StdioClientTransport({
    ...launch,
    env: { PATH: process.env.PATH ?? "", ...env },
    stderr: "pipe",
    ...(options.cwd ? { cwd: options.cwd } : {}),
  });
  transport.stderr?.on("data", (chunk: Buffer) => stderr.push(chunk.toString("utf8")));
  const client = newClient(options);
  await client.connect(transport);
  return { client, stderr, pid: () => transport.pid, call: callOn(client), close: () => client.close() };
}

export interface HttpOptions extends ClientOptions {
  /** Sent as `Authorization: Bearer <token>` on every request. */
  token?: string;
}

export interface HttpClient extends LinkedClient {
  transport: StreamableHTTPClientTransport;
  /** Ends the session on the server (DELETE), then closes the client. */
  end(): Promise<void>;
}

/** A real SDK Client on Streamable HTTP at `mcpUrl` (…/mcp). */
export async function connectHttp(mcpUrl: string, options: HttpOptions = {}): Promise<HttpClient> {
  const transport = new StreamableHTTPClientTransport(
    new URL(mcpUrl),
    options.token ? { requestInit: { headers: { authorization: `Bearer ${options.token}` } } } : {},
  );
  const client = newClient(options);
  await client.connect(transport);
  return {
    client,
    transport,
    call: callOn(client),
    close: () => client.close(),
    end: async () => {
      await transport.terminateSession();
      await client.close();
    },
  };
}

export function textOf(result: CallToolResult): string {
  return result.content
    .filter((part): part is { type: "text"; text: string } => part.type === "text")
    .map((part) => part.text)
    .join("\n");
}

// A loopback TCP proxy in front of a fake upstream, for what the fakes cannot show by themselves: it can be killed
// (connections refused, as when the process dies) and revived on the same port with the fake's state intact, and it
// tells which connections are waiting on an answer, so a test can see a cancelled request's connection close.
import { createConnection, createServer, type Server, type Socket } from "node:net";

export interface TcpProxy {
  /** http://127.0.0.1:<port>, stable across kill and revive. */
  url: string;
  /** Connections whose client sent bytes the upstream has not answered yet. */
  waitingConnections(): number;
  /** Drops every connection and stops listening: clients now get "connection refused". */
  kill(): Promise<void>;
  /** Listens again on the same port. */
  revive(): Promise<void>;
  close(): Promise<void>;
}

interface Link {
  client: Socket;
  upstream: Socket;
  lastClientData: number;
  lastUpstreamData: number;
}

function listen(server: Server, port: number): Promise<number> {
  return new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, "127.0.0.1", () => {
      server.off("error", reject);
      const address = server.address();
      resolve(typeof address === "object" && address ? address.port : port);
    });
  });
}

export async function startTcpProxy(target: string): Promise<TcpProxy> {
  const upstreamUrl = new URL(target);
  const links = new Set<Link>();
  let sequence = 0;

  const connect = (client: Socket) => {
    const upstream = createConnection(Number(upstreamUrl.port), upstreamUrl.hostname);
    const link: Link = { client, upstream, lastClientData: 0, lastUpstreamData: 0 };
    links.add(link);
    client.on("data", (chunk) => {
      link.lastClientData = ++sequence;
      upstream.write(chunk);
    });
    upstream.on("data", (chunk) => {
      link.lastUpstreamData = ++sequence;
      client.write(chunk);
    });
    const end = () => {
      links.delete(link);
      client.destroy();
      upstream.destroy();
    };
    client.on("close", end);
    upstream.on("close", end);
    client.on("error", end);
    upstream.on("error", end);
  };

  let server = createServer(connect);
  const port = await listen(server, 0);

  const kill = async () => {
    for (const link of links) {
      link.client.destroy();
      link.upstream.destroy();
    }
    links.clear();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  };

  return {
    url: `http://127.0.0.1:${port}`,
    waitingConnections: () =>
      [...links].filter((link) => link.lastClientData > link.lastUpstreamData && !link.client.destroyed)
        .length,
    kill,
    revive: async () => {
      server = createServer(connect);
      await listen(server, port);
    },
    close: async () => {
      if (server.listening) await kill();
    },
  };
}

// Sees every HTTP request pdjs sends and every answer's status line, through the `agent` option that pdjs passes
// to node-fetch. pdjs hides both: it re-sends a 429 three times on its own (its `retryCount` option is read
// nowhere) and swallows the rate-limit headers. Seeing the 429 here lets the client abort that attempt at once,
// so pdjs never retries and every request is counted.
import type { ClientRequest, IncomingMessage } from "node:http";
import * as http from "node:http";
import * as https from "node:https";

export interface RequestObserver {
  /** Called once the request is handed to a socket: it will go on the wire. */
  onRequest(): void;
  /** Called with the status line and headers, before pdjs reads the body. */
  onResponse(response: IncomingMessage): void;
}

/** node-fetch calls an `agent` function for each request, then (synchronously) `agent.addRequest`. */
export type AgentSelector = (url: URL) => http.Agent;

interface AgentInternals {
  addRequest(request: ClientRequest, options: unknown): void;
}

export interface ObservingAgents {
  /** The `agent` option for one attempt: its requests report to `observer`. */
  forAttempt(observer: RequestObserver): AgentSelector;
  /** Closes idle keep-alive sockets. */
  destroy(): void;
}

export function createObservingAgents(maxSockets: number): ObservingAgents {
  // Set by the selector and taken by addRequest within the same synchronous call inside node-fetch.
  let pending: RequestObserver | null = null;

  const observe = <A extends http.Agent>(agent: A): A => {
    const internals = agent as unknown as AgentInternals;
    const addRequest = internals.addRequest.bind(agent);
    internals.addRequest = (request, options) => {
      const observer = pending;
      pending = null;
      if (observer) {
        observer.onRequest();
        // Registered before node-fetch's own listener, so an abort here wins over its resolve.
        request.prependListener("response", (response: IncomingMessage) => observer.onResponse(response));
      }
      addRequest(request, options);
    };
    return agent;
  };

  let httpAgent: http.Agent | null = null;
  let httpsAgent: https.Agent | null = null;
  const agentFor = (url: URL): http.Agent => {
    if (url.protocol === "https:") {
      httpsAgent ??= observe(new https.Agent({ keepAlive: true, maxSockets }));
      return httpsAgent;
    }
    httpAgent ??= observe(new http.Agent({ keepAlive: true, maxSockets }));
    return httpAgent;
  };

  return {
    forAttempt(observer) {
      return (url) => {
        pending = observer;
        return agentFor(url);
      };
    },
    destroy() {
      httpAgent?.destroy();
      httpsAgent?.destroy();
      httpAgent = null;
      httpsAgent = null;
    },
  };
}

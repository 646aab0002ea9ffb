/// <reference lib="dom" />
// The host side of MCP Apps in a test page, built from the extension's own AppBridge: renders a view document in a
// sandboxed iframe, sends it the host context and a tool result, and relays the view's tools/call to the test
// (window.hostCallTool, exposed by Playwright), which forwards it to the real server.
import { AppBridge, PostMessageTransport } from "@modelcontextprotocol/ext-apps/app-bridge";
import type { CallToolRequest, CallToolResult } from "@modelcontextprotocol/sdk/types.js";

declare global {
  interface Window {
    hostCallTool(params: CallToolRequest["params"]): Promise<CallToolResult>;
    showView(options: ShowOptions): Promise<void>;
    toolCalls: CallToolRequest["params"][];
  }
}

interface ShowOptions {
  html: string;
  toolName: string;
  toolArguments: Record<string, unknown>;
  result: CallToolResult;
  theme: "light" | "dark";
}

window.toolCalls = [];

window.showView = async ({ html, toolName, toolArguments, result, theme }) => {
  document.documentElement.style.colorScheme = theme;
  document.body.style.background = theme === "dark" ? "#1b1b1f" : "#ffffff";
  const frame = document.createElement("iframe");
  frame.setAttribute("sandbox", "allow-scripts");
  frame.style.cssText = "border:0;width:100%;height:200px;display:block";
  document.body.replaceChildren(frame);
  const bridge = new AppBridge(
    null,
    { name: "view-test-host", version: "1.0.0" },
    { serverTools: {} },
    {
      hostContext: {
        theme,
        timeZone: "UTC",
        locale: "en-GB",
        displayMode: "inline",
        toolInfo: { tool: { name: toolName, inputSchema: { type: "object" } } },
      },
    },
  );
  bridge.oncalltool = async (params) => {
    window.toolCalls.push(params);
    return window.hostCallTool(params);
  };
  bridge.onsizechange = ({ height }) => {
    if (height) frame.style.height = `${Math.ceil(height)}px`;
  };
  const initialized = new Promise<void>((resolve) => {
    bridge.oninitialized = () => resolve();
  });
  // Listening before the document loads: the view says ui/initialize as soon as its script runs. The frame's window
  // object stays the same across the navigation to srcdoc.
  await bridge.connect(new PostMessageTransport(frame.contentWindow!, frame.contentWindow!));
  frame.srcdoc = html;
  await initialized;
  await bridge.sendToolInput({ arguments: toolArguments });
  await bridge.sendToolResult(result);
};

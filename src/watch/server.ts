import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import Handlebars from "handlebars";

/** What the preview shows: the last briefing built, or why the last build failed. */
export type PreviewState = { ok: true; html: string } | { ok: false; message: string };

export interface PreviewServer {
  url: string;
  /** Tells every open preview to reload. */
  reload(): void;
  close(): Promise<void>;
}

// The only script the preview adds: reload when the watcher says the briefing was rebuilt. A
// link prints the PDF on demand; neither reaches a printed page.
const CLIENT = `
<style>@media print { .briefing-preview { display: none !important; } }</style>
<a class="briefing-preview" href="/pdf" target="_blank" rel="noopener" style="position:fixed;right:14px;bottom:14px;z-index:99;padding:6px 12px;border-radius:4px;background:#1d3557;color:#fff;font:600 13px system-ui,sans-serif;text-decoration:none">PDF</a>
<script class="briefing-preview">new EventSource("/events").onmessage = () => location.reload();</script>
`;

/**
 * A local HTTP server for `briefing watch`: `/` the briefing's HTML with a reload hook, `/events`
 * a server-sent event stream that announces each rebuild, `/pdf` the PDF printed on demand.
 * It listens on the loopback address only unless told otherwise.
 */
export async function startPreviewServer(options: {
  port: number;
  host: string;
  state: () => PreviewState;
  pdf: () => Promise<Uint8Array>;
}): Promise<PreviewServer> {
  const clients = new Set<ServerResponse>();
  const server = createServer((request, response) => {
    route(request, response).catch((error: Error) => {
      if (!response.headersSent) response.writeHead(500, { "content-type": "text/plain; charset=utf-8" });
      response.end(`briefing: ${error.message}\n`);
    });
  });

  async function route(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const path = (request.url ?? "/").split("?")[0]!.replace(/\/{2,}/g, "/");
    if (path === "/") {
      response.writeHead(200, { "content-type": "text/html; charset=utf-8", "cache-control": "no-store" });
      response.end(page(options.state()));
    } else if (path === "/events") {
      response.writeHead(200, { "content-type": "text/event-stream", "cache-control": "no-store", connection: "keep-alive" });
      response.write("retry: 500\n: watching\n\n");
      clients.add(response);
      request.on("close", () => clients.delete(response));
    } else if (path === "/pdf") {
      const pdf = await options.pdf();
      response.writeHead(200, { "content-type": "application/pdf", "content-length": pdf.length, "cache-control": "no-store" });
      response.end(pdf);
    } else {
      response.writeHead(404, { "content-type": "text/plain; charset=utf-8" });
      response.end("not found\n");
    }
  }

  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port, options.host, () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  const host = options.host.includes(":") ? `[${options.host}]` : options.host;
  return {
    url: `http://${host}:${port}/`,
    reload() {
      for (const client of clients) client.write(`data: reload\n\n`);
    },
    async close() {
      for (const client of clients) client.end();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

function page(state: PreviewState): string {
  if (state.ok) {
    const end = state.html.lastIndexOf("</body>");
    return end === -1 ? `${state.html}${CLIENT}` : `${state.html.slice(0, end)}${CLIENT}${state.html.slice(end)}`;
  }
  const message = Handlebars.escapeExpression(state.message);
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>briefing: build failed</title></head>
<body style="font:15px/1.5 system-ui,sans-serif;margin:40px;max-width:60em">
<h1 style="color:#b00020;font-size:20px">The briefing did not build</h1>
<pre style="white-space:pre-wrap;background:#fdf0f0;padding:12px 16px;border-left:4px solid #b00020">${message}</pre>
<p>Fix the file and save: this page reloads by itself.</p>${CLIENT}</body></html>`;
}

import http from 'node:http';

/**
 * An HTTP proxy on 127.0.0.1 that refuses everything and records what was asked of it. Firefox is
 * pointed at it for every scheme, so a request from anywhere in the browser that did not stay on
 * 127.0.0.1 — a page, a frame, the extension's background or its pages, which Playwright cannot
 * watch in Firefox — is recorded here and goes nowhere. Asked directly for one of `ownPages`
 * (path → HTML), it serves it: the harness needs one page of its own on 127.0.0.1.
 * @param {Map<string, string>} [ownPages]
 */
export async function startOfflineProxy(ownPages = new Map()) {
  const requests = [];
  const server = http.createServer((request, response) => {
    // Asked directly (a path, not a proxied absolute URL), it serves the harness's own pages.
    const own = request.url?.startsWith('/') ? ownPages.get(request.url) : undefined;
    if (own !== undefined) {
      response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      response.end(own);
      return;
    }
    requests.push(request.url ?? '');
    response.writeHead(403, { 'content-type': 'text/plain' });
    response.end('Backstory e2e: no request may leave this machine');
  });
  server.on('connect', (request, socket) => {
    requests.push(`https://${request.url}/`);
    socket.end('HTTP/1.1 403 Forbidden\r\n\r\n');
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = /** @type {import('node:net').AddressInfo} */ (server.address());
  return {
    port,
    requests,
    close: () => new Promise((resolve) => server.close(resolve)),
  };
}
